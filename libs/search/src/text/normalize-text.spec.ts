import { normalizeQuery, normalizeText } from './normalize-text.js';
import { pinyinKeys } from './pinyin-keys.js';

describe('normalizeText', () => {
  it.each([
    ['廚師', '厨师'],
    ['電子廠普工', '电子厂普工'],
    ['修腳師', '修脚师'],
    ['採摘工', '采摘工'],
    ['裡面', '里面'],
  ])('turns traditional %s into simplified %s', (traditional, simplified) => {
    expect(normalizeText(traditional)).toBe(simplified);
  });

  it('leaves simplified text as it is, including characters a naive mapping would change', () => {
    for (const text of ['电子厂普工', '著名厨师', '干部', '面条', '后来', '皇后', '发财']) expect(normalizeText(text)).toBe(text);
  });

  it('turns full-width letters and digits into ASCII and collapses white space', () => {
    expect(normalizeText('  ＡＢＣ　电工  ５０００元 ')).toBe('ABC 电工 5000元');
  });

  it('leaves Latin text alone', () => {
    expect(normalizeText('xiujiao')).toBe('xiujiao');
  });
});

describe('normalizeQuery', () => {
  it('treats absent and blank queries as no keywords', () => {
    expect(normalizeQuery(undefined)).toBe('');
    expect(normalizeQuery(null)).toBe('');
    expect(normalizeQuery('   ')).toBe('');
  });

  it('normalises like documents and bounds the length', () => {
    expect(normalizeQuery('廚師')).toBe('厨师');
    expect(normalizeQuery('工'.repeat(300))).toHaveLength(100);
  });
});

describe('pinyinKeys', () => {
  it('gives full pinyin and initials starting at every character, so a job inside a longer title is found', () => {
    const keys = pinyinKeys('扬州修脚师');
    expect(keys.full).toEqual(expect.arrayContaining(['yangzhouxiujiaoshi', 'xiujiaoshi']));
    expect(keys.initials).toEqual(expect.arrayContaining(['yzxjs', 'xjs']));
    expect(keys.full.some((k) => k.startsWith('xiujiao'))).toBe(true);
  });

  it('reads polyphonic characters from their context', () => {
    expect(pinyinKeys('长期').full).toContain('changqi');
    expect(pinyinKeys('厂长助理').full).toEqual(expect.arrayContaining(['changzhangzhuli']));
  });

  it('adds whole dictionary words, and never a single syllable or initial', () => {
    const keys = pinyinKeys('广东电子厂普工');
    expect(keys.full).toEqual(expect.arrayContaining(['guangdong', 'pugong']));
    expect([...keys.full, ...keys.initials].every((k) => k.length >= 2)).toBe(true);
    expect(keys.initials).not.toContain('g');
  });

  it('ignores Latin letters, digits and lone characters', () => {
    expect(pinyinKeys('ABC 123')).toEqual({ full: [], initials: [] });
    expect(pinyinKeys('工')).toEqual({ full: [], initials: [] });
  });
});
