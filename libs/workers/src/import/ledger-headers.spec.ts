import { columnKeyOf, mapHeaders, normalizeHeader } from './ledger-headers.js';
import { LedgerFileError } from './ledger.exception.js';

const REQUIRED = ['姓名', '身份证号', '户籍区县代码', '人员类别', '劳动能力'];

/** The Chinese text and reason of the file-level error `run` throws. */
function refusal(run: () => unknown): { reason: string; zh: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof LedgerFileError) return { reason: error.reason, zh: error.text.zh };
    throw error;
  }
  throw new Error('expected a LedgerFileError');
}

describe('ledger headers', () => {
  it('matches headers by name whatever their order, spacing, full-width form, marker or note', () => {
    expect(normalizeHeader(' *身份证号（必填） ')).toBe('身份证号');
    expect(columnKeyOf('手 机 号')).toBe('phone');
    expect(columnKeyOf('公民身份号码')).toBe('idNumber');
    expect(columnKeyOf('备注')).toBeUndefined();
    const map = mapHeaders(['备注', '劳动能力', '人员类别', '户籍区县代码', '身份证号码', '姓名*', '期望月薪（元）']);
    expect(Object.fromEntries(map)).toEqual({ laborCapacity: 1, categories: 2, hukouRegionCode: 3, idNumber: 4, name: 5, expectedMonthlyWage: 6 });
  });

  it('names every missing required column in one file-level error', () => {
    expect(() => mapHeaders(['姓名', '手机号'])).toThrow(LedgerFileError);
    expect(refusal(() => mapHeaders(['姓名', '手机号']))).toEqual({
      reason: 'LEDGER_MISSING_COLUMNS',
      zh: expect.stringMatching(/“身份证号”、“户籍区县代码”、“人员类别”、“劳动能力”/),
    });
    expect(() => mapHeaders(REQUIRED)).not.toThrow();
  });

  it('refuses a column named twice', () => {
    expect(refusal(() => mapHeaders([...REQUIRED, '身份证号码']))).toEqual({ reason: 'LEDGER_DUPLICATE_COLUMN', zh: expect.stringMatching(/身份证号.*两次/) });
  });
});
