import fc from 'fast-check';

/** Values a careless or hostile client might send in place of anything. */
export const malformedValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, -2147483649, 2147483648, 1e308, -1e308, 0.5, '', ' ', '0', '-1', 'null', '[]', '{}'),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 50 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    'x'.repeat(100_000),
    '字'.repeat(5_000),
    '\u0000',
    'a\u0000b',
    '\uD800',
    '\u202Eevil',
    '\u200B\u200B',
    '👨‍👩‍👧‍👦'.repeat(50),
    "'; DROP TABLE workers; --",
    '{"$gt": ""}',
    '../../etc/passwd',
    '<script>alert(1)</script>',
  ),
  // Resident ID numbers and region codes that look right but are not.
  fc.constantFrom(
    '110105194912310021',
    '52010219900230001X',
    '5201021990030700',
    '520102199003070014 ',
    'ABCDEFGHIJKLMNOPQR',
    '999999',
    '52010',
    '5201020',
    '000000',
  ),
  fc.array(fc.oneof(fc.string({ maxLength: 10 }), fc.integer()), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.string({ maxLength: 8 }), fc.integer()), { maxKeys: 4 }),
);

/** Replaces one randomly chosen leaf (or the whole value) of a well-typed sample with a malformed value. */
export function corrupt(sample: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0 || sample === null || typeof sample !== 'object') return replacement;
  const entries = Array.isArray(sample) ? sample.map((v, i) => [String(i), v] as const) : Object.entries(sample);
  if (entries.length === 0) return replacement;
  const [key, child] = entries[path[0] % entries.length];
  const copy: Record<string, unknown> | unknown[] = Array.isArray(sample) ? [...sample] : { ...(sample as Record<string, unknown>) };
  (copy as Record<string, unknown>)[key] = corrupt(child, path.slice(1), replacement);
  return copy;
}
