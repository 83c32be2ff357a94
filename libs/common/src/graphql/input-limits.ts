import { FieldReason } from '../errors/index.js';

export interface InputLimits {
  /** Levels of nested lists and objects below the argument (a scalar field is depth 0, `[1]` depth 1). */
  depth: number;
  /** List items and object properties in all. */
  entries: number;
}

/**
 * What any caller input may hold. Typed inputs nest 3 or 4 levels; free-form JSON a person writes (a subsidy
 * policy's rules) stays far inside these.
 */
export const INPUT_LIMITS: InputLimits = { depth: 32, entries: 10_000 };

export interface InputLimitPassed {
  reason: FieldReason.JSON_TOO_DEEP | FieldReason.JSON_TOO_LARGE;
  /** The argument's own field the excess lies under (`rules`), or '' when the argument itself is too large. */
  field: string;
  max: number;
}

/**
 * Measures an input without recursion, stopping as soon as a limit is passed, so a document nested 100,000 deep costs
 * a loop, not a stack overflow (every later walk over the input, class-transformer's included, is recursive).
 */
export function inputLimitPassed(value: unknown, limits: InputLimits = INPUT_LIMITS): InputLimitPassed | undefined {
  const stack: Array<{ value: unknown; depth: number; field: string }> = [{ value, depth: -1, field: '' }];
  let entries = 0;
  while (stack.length) {
    const next = stack.pop();
    if (!next || next.value === null || typeof next.value !== 'object' || ArrayBuffer.isView(next.value)) continue;
    const children = Array.isArray(next.value) ? (next.value as unknown[]).map((v) => ['', v] as const) : Object.entries(next.value);
    const depth = next.depth + 1;
    if (depth > limits.depth) return { reason: FieldReason.JSON_TOO_DEEP, field: next.field, max: limits.depth };
    entries += children.length;
    if (entries > limits.entries) return { reason: FieldReason.JSON_TOO_LARGE, field: next.field, max: limits.entries };
    for (const [key, child] of children) stack.push({ value: child, depth, field: depth === 0 ? key : next.field });
  }
  return undefined;
}
