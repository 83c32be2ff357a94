import { unstorableStringAt } from './validation.pipe.js';

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
