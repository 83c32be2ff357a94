import { maskMobile, normalizeMobile } from './phone.js';

describe('mobile numbers', () => {
  it('accepts mainland mobiles with common prefixes and separators', () => {
    expect(normalizeMobile('13812345678')).toBe('13812345678');
    expect(normalizeMobile('+86 138-1234-5678')).toBe('13812345678');
    expect(normalizeMobile('８６１３８１２３４５６７８')).toBe('13812345678');
  });

  it('refuses landlines, short numbers and unknown prefixes', () => {
    expect(normalizeMobile('0851-85551234')).toBeNull();
    expect(normalizeMobile('1381234567')).toBeNull();
    expect(normalizeMobile('12812345678')).toBeNull();
  });

  it('masks the middle four digits', () => {
    expect(maskMobile('13812345678')).toBe('138****5678');
  });
});
