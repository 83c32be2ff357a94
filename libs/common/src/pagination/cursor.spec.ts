import { InvalidInputError } from '../errors/index.js';
import { decodeCursor, encodeCursor } from './cursor.js';

const ID = '0b8f5a52-3c1e-4d3a-9e0b-5f4f2b8c9d10';

describe('decodeCursor', () => {
  it('returns what encodeCursor issued, when it has the expected shape', () => {
    expect(decodeCursor(encodeCursor(['2026-03-01T01:30:00.123456Z', ID]), ['timestamp', 'uuid'])).toEqual(['2026-03-01T01:30:00.123456Z', ID]);
    expect(decodeCursor(encodeCursor(['2026-03-01T01:30:00.123Z', ID]), ['timestamp', 'uuid'])).toEqual(['2026-03-01T01:30:00.123Z', ID]);
    expect(decodeCursor(encodeCursor(['520102', ID]), ['regionCode', 'uuid'])).toEqual(['520102', ID]);
    expect(decodeCursor(encodeCursor([0]), ['offset'])).toEqual([0]);
  });

  it.each([
    ['not base64 JSON', 'not-a-cursor!!'],
    ['an object', Buffer.from('{"a":1}').toString('base64url')],
    ['too few parts', encodeCursor([ID])],
    ['too many parts', encodeCursor(['2026-03-01T00:00:00.000Z', ID, 1])],
    ['an impossible instant', encodeCursor(['2025-02-31T00:00:00.000Z', ID])],
    ['a date without time', encodeCursor(['2025-02-01', ID])],
    ['SQL in a timestamp', encodeCursor(["2025-01-01'; DROP TABLE x; --", ID])],
    ['a broken uuid', encodeCursor(['2025-01-01T00:00:00.000Z', 'x'])],
  ])('refuses %s as INVALID_CURSOR on the named field', (_label, cursor) => {
    expect(() => decodeCursor(cursor, ['timestamp', 'uuid'], 'input.after')).toThrow(InvalidInputError);
    try {
      decodeCursor(cursor, ['timestamp', 'uuid'], 'input.after');
    } catch (error) {
      expect((error as InvalidInputError).reason).toBe('INVALID_CURSOR');
      expect((error as InvalidInputError).fields).toEqual(['input.after']);
    }
  });

  it.each([[-1], [1.5], ['3'], [Number.MAX_SAFE_INTEGER + 2]])('refuses the offset %p', (offset) => {
    expect(() => decodeCursor(encodeCursor([offset]), ['offset'])).toThrow(InvalidInputError);
  });
});
