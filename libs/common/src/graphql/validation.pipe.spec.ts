import { InvalidInputError } from '../errors/index.js';
import { createValidationPipe, unstorableStringAt } from './validation.pipe.js';

describe('unstorableStringAt', () => {
  it('finds NUL characters and broken surrogates, naming the path', () => {
    expect(unstorableStringAt({ name: 'a\u0000b' }, 'input')).toBe('input.name');
    expect(unstorableStringAt({ skills: ['ok', '\uD800'] }, 'input')).toBe('input.skills.1');
    expect(unstorableStringAt('\uDC00x', 'title')).toBe('title');
  });

  it('does not walk binary data such as uploaded files', () => {
    expect(unstorableStringAt({ file: { buffer: Buffer.from([0, 0, 0xd8, 0x00]) } }, 'input')).toBeNull();
  });

  it('accepts Chinese, emoji and ordinary punctuation', () => {
    expect(unstorableStringAt({ title: '电子厂普工 👷 包吃住', skills: ['缝纫'] }, 'input')).toBeNull();
  });
});

describe('the application validation pipe', () => {
  const pipe = createValidationPipe();

  it('refuses unstorable text in a GraphQL argument (parameter kind 3) and in an HTTP body', async () => {
    await expect(pipe.transform({ title: 'a\u0000b' }, { type: 3 as never, metatype: Object, data: 'input' })).rejects.toThrow(InvalidInputError);
    await expect(pipe.transform({ title: 'a\u0000b' }, { type: 'body', metatype: Object, data: '' })).rejects.toThrow(InvalidInputError);
  });

  it('passes a resolver parent, context and info through untouched', async () => {
    const parent = { title: 'a\u0000b' };
    for (const type of [0, 1, 2]) await expect(pipe.transform(parent, { type: type as never, metatype: Object, data: undefined })).resolves.toBe(parent);
  });
});
