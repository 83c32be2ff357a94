/// <reference types="jest" />
import { isWithin, pathCodes } from './region-path';

describe('the viewed region and the jurisdiction', () => {
  it('lets a bureau look at its own region and below, never above or beside it', () => {
    expect(isWithin('522731', '520000')).toBe(true);
    expect(isWithin('522700', '522700')).toBe(true);
    expect(isWithin('520000', '522700')).toBe(false);
    expect(isWithin('522600', '522700')).toBe(false);
    expect(isWithin('522732', '522731')).toBe(false);
    expect(isWithin('52273', '520000')).toBe(false);
  });

  it('runs the breadcrumb from the jurisdiction down to the viewed region', () => {
    expect(pathCodes('522731', '520000')).toEqual(['520000', '522700', '522731']);
    expect(pathCodes('522731', '522700')).toEqual(['522700', '522731']);
    expect(pathCodes('522700', '520000')).toEqual(['520000', '522700']);
    expect(pathCodes('520000', '520000')).toEqual(['520000']);
  });
});
