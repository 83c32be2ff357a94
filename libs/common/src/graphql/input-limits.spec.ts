import { FieldReason } from '../errors/index.js';
import { inputLimitPassed } from './input-limits.js';

/** `levels` levels of lists and objects, alternating, around a number. */
function nested(levels: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = i % 2 ? [value] : { all: value };
  return value;
}

describe('inputLimitPassed', () => {
  const limits = { depth: 4, entries: 10 };

  it('accepts scalars and inputs whose fields nest up to the depth limit', () => {
    expect(inputLimitPassed({ name: 'x' }, limits)).toBeUndefined();
    expect(inputLimitPassed({ rules: nested(4) }, limits)).toBeUndefined();
  });

  it('refuses one level past the limit, naming the field it lies under', () => {
    expect(inputLimitPassed({ name: 'x', rules: nested(5) }, limits)).toEqual({ reason: FieldReason.JSON_TOO_DEEP, field: 'rules', max: 4 });
  });

  it('measures an input nested 200,000 deep without overflowing the stack', () => {
    expect(inputLimitPassed({ rules: nested(200_000) }, { depth: 32, entries: 1_000_000 })?.reason).toBe(FieldReason.JSON_TOO_DEEP);
  });

  it('counts list items and object properties together', () => {
    expect(inputLimitPassed({ a: [1, 2, 3, 4], b: [5, 6] }, limits)).toBeUndefined(); // 2 + 4 + 2 = 8
    expect(inputLimitPassed({ a: [1, 2, 3, 4], b: [5, 6, 7, 8, 9] }, limits)?.reason).toBe(FieldReason.JSON_TOO_LARGE);
  });

  it('does not walk the bytes of an uploaded file', () => {
    expect(inputLimitPassed({ file: new Uint8Array(100_000) }, limits)).toBeUndefined();
  });
});
