import { InvalidInputError } from '../errors/index.js';
import { textHygieneProblems, textProblem } from './text-hygiene.js';
import { createValidationPipe } from './validation.pipe.js';

const reasonOf = (value: string) => textProblem('name', value)?.reason;

describe('text hygiene', () => {
  it('refuses text made only of invisible characters', () => {
    for (const value of [
      '\u200B',
      '\u200B\u200C\u200D',
      '\u3000\u3000',
      '\uFEFF',
      '\u2060',
      '\u00AD',
      '\u3164',
      '\u2800',
      ' \u200B ',
      '\u00A0',
      '\uFE0F',
      '\u{E0041}',
    ]) {
      expect(reasonOf(value)).toBe('INVISIBLE_TEXT');
    }
  });

  it('refuses bidirectional embeddings, overrides and isolates anywhere in the text', () => {
    for (const control of ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069']) {
      expect(reasonOf(`张三${control}gpj.exe`)).toBe('BIDI_CONTROL');
    }
  });

  it('accepts Chinese names and titles, · included, emoji, marks and inner invisible characters beside visible ones', () => {
    for (const value of [
      '阿卜杜·热合曼',
      '买买提·艾力',
      '欧阳娜娜',
      '电子厂普工 👷 包吃住',
      '遵义师傅　家政',
      'Zhang\u200BSan',
      '\u200Fمرحبا',
      '👨‍👩‍👧',
      'x',
      '',
    ]) {
      expect(reasonOf(value)).toBeUndefined();
    }
  });

  it('leaves spaces, tabs and line breaks alone to the domain rules, which trim and name their own reason', () => {
    for (const value of [' ', '   ', '\t', '\r\n']) expect(reasonOf(value)).toBeUndefined();
  });

  it('names every failing string of an input like class-validator does, and never walks uploaded bytes', () => {
    const problems = textHygieneProblems({ title: '\u200B', location: { name: '\u202Ex' }, skills: ['焊工', '\u3000'], file: Buffer.from('\u202E') }, '');
    expect(problems.map((p) => [p.field, p.reason])).toEqual([
      ['title', 'INVISIBLE_TEXT'],
      ['location.name', 'BIDI_CONTROL'],
      ['skills.1', 'INVISIBLE_TEXT'],
    ]);
    expect(problems[0].text.zh).toMatch(/不能只由空白或看不见的字符/);
  });
});

describe('the validation pipe applies it to every argument', () => {
  const pipe = createValidationPipe();

  it('refuses an input object field and a scalar argument, naming each', async () => {
    const input = pipe.transform({ title: '\u200B\u200B' }, { type: 3 as never, metatype: Object, data: 'input' });
    await expect(input).rejects.toThrow(InvalidInputError);
    await expect(input).rejects.toMatchObject({ problems: [{ field: 'title', reason: 'INVISIBLE_TEXT' }] });
    await expect(pipe.transform('\u202Eabc', { type: 3 as never, metatype: String, data: 'note' })).rejects.toMatchObject({
      problems: [{ field: 'note', reason: 'BIDI_CONTROL' }],
    });
  });

  it('passes clean text through', async () => {
    await expect(pipe.transform('阿卜杜·热合曼', { type: 3 as never, metatype: String, data: 'name' })).resolves.toBe('阿卜杜·热合曼');
  });
});
