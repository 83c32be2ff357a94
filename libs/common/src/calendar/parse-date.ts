import { FieldReason, invalidField } from '../errors/index.js';
import { isCalendarDate, isCalendarMonth } from './china-date.js';

/** A caller's date, or BAD_USER_INPUT naming the field: an impossible date never reaches a rule or the database. */
export function parseDate(value: unknown, field: string): string {
  if (!isCalendarDate(value)) throw invalidField(field, FieldReason.INVALID_DATE);
  return value;
}

/** A caller's month, or BAD_USER_INPUT naming the field. */
export function parseMonth(value: unknown, field: string): string {
  if (!isCalendarMonth(value)) throw invalidField(field, FieldReason.INVALID_MONTH);
  return value;
}
