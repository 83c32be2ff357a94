import type { ShownError } from '../../app/errors';

/**
 * The error to show as an alert: one the form cannot place beside a field of its own (no problems, or problems for
 * fields it does not have, like a group's `groupId`), so no Chinese message is ever lost.
 */
export function unplacedError(shown: ShownError | null, fields: string[]): ShownError | null {
  if (!shown) return null;
  const placed = shown.problems.some((p) => fields.some((field) => p.field === field || p.field.endsWith(`.${field}`)));
  return placed ? null : shown;
}
