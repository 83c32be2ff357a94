import type { ValidationError } from '@nestjs/common';
import { commonProblem, type FieldProblem, FieldReason, type Message } from '../errors/index.js';

/** class-validator's constraints, by name, and the shared reason each one means. */
const CONSTRAINT_REASONS: Readonly<Record<string, FieldReason>> = {
  isString: FieldReason.NOT_TEXT,
  isNotEmpty: FieldReason.REQUIRED,
  isDefined: FieldReason.REQUIRED,
  maxLength: FieldReason.TOO_LONG,
  minLength: FieldReason.TOO_SHORT,
  isInt: FieldReason.NOT_INTEGER,
  isNumber: FieldReason.NOT_NUMBER,
  max: FieldReason.TOO_LARGE,
  min: FieldReason.TOO_SMALL,
  isPositive: FieldReason.NOT_POSITIVE,
  isBoolean: FieldReason.NOT_BOOLEAN,
  isEnum: FieldReason.NOT_IN_LIST,
  isIn: FieldReason.NOT_IN_LIST,
  isArray: FieldReason.NOT_LIST,
  arrayNotEmpty: FieldReason.EMPTY_LIST,
  arrayMinSize: FieldReason.EMPTY_LIST,
  arrayMaxSize: FieldReason.TOO_MANY_ITEMS,
  isUuid: FieldReason.NOT_ID,
  isUrl: FieldReason.NOT_URL,
  isLatitude: FieldReason.LATITUDE_IN_CHINA,
  isLongitude: FieldReason.LONGITUDE_IN_CHINA,
  isDate: FieldReason.INVALID_DATE,
  nestedValidation: FieldReason.NOT_OBJECT,
  whitelistValidation: FieldReason.UNKNOWN_FIELD,
};

const REASONS = new Set<string>(Object.values(FieldReason));

/**
 * A decorator's own message for a field problem of its domain, in every language: `@Matches(ID, { message:
 * fieldMessage('ID_NUMBER_FORMAT', { zh, en }) })`. class-validator carries messages as strings, so it travels as JSON.
 */
export function fieldMessage(reason: string, message: Message): string {
  return JSON.stringify({ reason, zh: message.zh, en: message.en });
}

function ownMessage(field: string, message: string): FieldProblem | undefined {
  if (REASONS.has(message)) return commonProblem(field, message as FieldReason);
  if (!message.startsWith('{')) return undefined;
  try {
    const parsed = JSON.parse(message) as { reason?: unknown; zh?: unknown; en?: unknown };
    if (typeof parsed.reason === 'string' && typeof parsed.zh === 'string' && typeof parsed.en === 'string') {
      return { field, reason: parsed.reason, text: { zh: parsed.zh, en: parsed.en } };
    }
  } catch {
    // not one of ours: read as a default message below
  }
  return undefined;
}

/** The bound in a default message ("name must be shorter than or equal to 50 characters" → 50). */
function boundIn(message: string): string {
  const afterSubject = message.slice(message.indexOf(' must ') + 1);
  return /-?\d+(\.\d+)?/.exec(afterSubject)?.[0] ?? '';
}

function problemOf(field: string, constraint: string, message: string): FieldProblem {
  const own = ownMessage(field, message);
  if (own) return own;
  // @Length(n, m) reports one constraint for both ends; the default message says which end failed.
  const name = constraint === 'isLength' ? (/longer than/.test(message) ? 'minLength' : 'maxLength') : constraint;
  const reason = CONSTRAINT_REASONS[name] ?? FieldReason.INVALID_VALUE;
  const bound = boundIn(message);
  return commonProblem(field, reason, { min: bound, max: bound });
}

/** Every failing constraint of every field, nested fields by their path (`near.radiusKm`), one problem each. */
export function validationProblems(errors: readonly ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([constraint, message]) => problemOf(field, constraint, message));
    return [...own, ...validationProblems(e.children ?? [], field)];
  });
}
