import { Matches, type ValidationOptions } from 'class-validator';

/** Shape check for GB/T 2260 codes in inputs; whether the region exists is checked against the regions table. */
export const IsRegionCode = (options: ValidationOptions = {}) =>
  Matches(/^\d{6}$/, { message: '$property must be a six-digit GB/T 2260 region code', ...options });
