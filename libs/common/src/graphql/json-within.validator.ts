import { ValidateBy, type ValidationOptions } from 'class-validator';
import { COMMON_FIELD_MESSAGES, FieldReason, render } from '../errors/index.js';
import { fieldMessage } from './validation-problems.js';

export interface JsonLimits {
  /** Levels of nested arrays and objects (a scalar is depth 0, `[1]` depth 1). */
  depth: number;
  /** Array items and object properties in all. */
  entries: number;
}

/** Free-form JSON a person writes (a subsidy policy's rules) stays far inside these. */
export const DEFAULT_JSON_LIMITS: JsonLimits = { depth: 32, entries: 10_000 };

/**
 * Measures a JSON value without recursion, stopping as soon as a limit is passed, so a hostile document nested
 * 100,000 deep costs a loop, not a stack overflow.
 */
export function jsonLimitPassed(value: unknown, limits: JsonLimits): FieldReason.JSON_TOO_DEEP | FieldReason.JSON_TOO_LARGE | undefined {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  let entries = 0;
  while (stack.length) {
    const next = stack.pop();
    if (!next || next.value === null || typeof next.value !== 'object') continue;
    const children = Array.isArray(next.value) ? (next.value as unknown[]) : Object.values(next.value as Record<string, unknown>);
    const depth = next.depth + 1;
    if (depth > limits.depth) return FieldReason.JSON_TOO_DEEP;
    entries += children.length;
    if (entries > limits.entries) return FieldReason.JSON_TOO_LARGE;
    for (const child of children) stack.push({ value: child, depth });
  }
  return undefined;
}

/** Free-form JSON on an input field, refused (naming the field) when nested deeper or larger than the limits. */
export const IsJsonWithin = (limits: JsonLimits = DEFAULT_JSON_LIMITS, options: ValidationOptions = {}) =>
  ValidateBy(
    {
      name: 'isJsonWithin',
      validator: {
        validate: (value) => jsonLimitPassed(value, limits) === undefined,
        defaultMessage: (args) => {
          const reason = jsonLimitPassed(args?.value, limits) ?? FieldReason.JSON_TOO_DEEP;
          const params = { field: args?.property ?? '', max: reason === FieldReason.JSON_TOO_DEEP ? limits.depth : limits.entries };
          return fieldMessage(reason, render(COMMON_FIELD_MESSAGES[reason], params));
        },
      },
    },
    options,
  );
