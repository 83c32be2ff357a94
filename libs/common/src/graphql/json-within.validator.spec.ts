import { FieldReason } from '../errors/index.js';
import { jsonLimitPassed } from './json-within.validator.js';

function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { all: value };
  return value;
}

describe('jsonLimitPassed', () => {
  const limits = { depth: 4, entries: 10 };

  it('accepts scalars and documents up to the depth limit', () => {
    expect(jsonLimitPassed('x', limits)).toBeUndefined();
    expect(jsonLimitPassed(null, limits)).toBeUndefined();
    expect(jsonLimitPassed(nested(4), limits)).toBeUndefined();
  });

  it('refuses one level past the limit', () => {
    expect(jsonLimitPassed(nested(5), limits)).toBe(FieldReason.JSON_TOO_DEEP);
  });

  it('measures a document nested 200,000 deep without overflowing the stack', () => {
    expect(jsonLimitPassed(nested(200_000), { depth: 32, entries: 1_000_000 })).toBe(FieldReason.JSON_TOO_DEEP);
  });

  it('counts array items and object properties together', () => {
    expect(jsonLimitPassed({ a: [1, 2, 3, 4], b: [5, 6, 7, 8] }, limits)).toBeUndefined(); // 2 + 4 + 4 = 10
    expect(jsonLimitPassed({ a: [1, 2, 3, 4], b: [5, 6, 7, 8, 9] }, limits)).toBe(FieldReason.JSON_TOO_LARGE);
  });
});
