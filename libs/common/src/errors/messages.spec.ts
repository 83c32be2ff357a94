import { COMMON_FIELD_MESSAGES, commonProblem, FieldReason, InvalidInputError, RoleRequiredError } from './common.errors.js';
import { currentLanguage, languageFromHeader, localize, render, withLanguage } from './messages.js';

describe('messages', () => {
  it('speak Chinese unless the request prefers English', () => {
    expect(languageFromHeader(undefined)).toBe('zh');
    expect(languageFromHeader('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh');
    expect(languageFromHeader('fr-FR')).toBe('zh');
    expect(languageFromHeader('en')).toBe('en');
    expect(languageFromHeader('en-US,en;q=0.9')).toBe('en');
    expect(languageFromHeader('zh;q=0.5, en;q=0.8')).toBe('en');
  });

  it('keep the language of the request they are rendered in', async () => {
    expect(currentLanguage()).toBe('zh');
    await withLanguage('en', async () => {
      await Promise.resolve();
      expect(currentLanguage()).toBe('en');
    });
  });

  it('fill parameters, per language where they differ', () => {
    const text = render({ zh: '仅限{who}，最多 {max} 项', en: 'only {who}, at most {max}' }, { who: { zh: '人社部门', en: 'a bureau' }, max: 5 });
    expect(text).toEqual({ zh: '仅限人社部门，最多 5 项', en: 'only a bureau, at most 5' });
  });

  it('exist in both languages for every shared field reason', () => {
    for (const reason of Object.values(FieldReason)) {
      expect(COMMON_FIELD_MESSAGES[reason].zh).toMatch(/\p{Script=Han}/u);
      expect(COMMON_FIELD_MESSAGES[reason].en).not.toMatch(/\p{Script=Han}/u);
    }
  });

  it('report every failing field in one error, each with its own message', () => {
    const error = new InvalidInputError([commonProblem('name', FieldReason.TOO_LONG, { max: 50 }), commonProblem('startDate', FieldReason.INVALID_DATE)]);
    expect(error.reason).toBe('INVALID_INPUT');
    expect(error.fields).toEqual(['name', 'startDate']);
    const extensions = error.extensions('zh') as { problems: Array<{ field: string; reason: string; message: string }> };
    expect(extensions.problems).toEqual([
      { field: 'name', reason: 'TOO_LONG', message: '最多 50 个字' },
      { field: 'startDate', reason: 'INVALID_DATE', message: expect.stringContaining('YYYY-MM-DD') },
    ]);
    expect(localize(error.text, 'zh')).toContain('有 2 处输入需要修改');
    expect(localize(error.text, 'en')).toContain('name must be at most 50 characters');
  });

  it('name the roles that would be allowed, in the reader’s language', () => {
    const error = new RoleRequiredError(['EMPLOYER', 'BUREAU']);
    expect(error.code).toBe('FORBIDDEN');
    expect(localize(error.text, 'zh')).toBe('此操作仅限用人单位或人社部门');
    expect(localize(error.text, 'en')).toBe('Only an employer or a bureau can do this');
  });
});
