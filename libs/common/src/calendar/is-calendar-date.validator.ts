import { ValidateBy, type ValidationOptions } from 'class-validator';
import { FieldReason } from '../errors/index.js';
import { isCalendarDate, isCalendarMonth } from './china-date.js';

/** A real calendar day YYYY-MM-DD on an input field (2025-02-30 is refused, naming the field). */
export const IsCalendarDate = (options: ValidationOptions = {}) =>
  ValidateBy({ name: 'isCalendarDate', validator: { validate: (value) => isCalendarDate(value), defaultMessage: () => FieldReason.INVALID_DATE } }, options);

/** A real month YYYY-MM on an input field. */
export const IsCalendarMonth = (options: ValidationOptions = {}) =>
  ValidateBy({ name: 'isCalendarMonth', validator: { validate: (value) => isCalendarMonth(value), defaultMessage: () => FieldReason.INVALID_MONTH } }, options);
