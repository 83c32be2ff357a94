import { Matches, type ValidationOptions } from 'class-validator';
import { FieldReason } from '../errors/index.js';

/** Shape check for GB/T 2260 codes in inputs; whether the region exists is checked against the regions table. */
export const IsRegionCode = (options: ValidationOptions = {}) => Matches(/^\d{6}$/, { message: FieldReason.REGION_CODE, ...options });
