import type { CombinedError } from '@urql/core';

/** One failing input field, as the server names it (extensions.problems), with its Chinese message. */
export interface FieldProblem {
  field: string;
  message: string;
}

export interface ShownError {
  message: string;
  code: string | undefined;
  problems: FieldProblem[];
}

const NETWORK = '网络连接失败，请检查网络后重试。';
const BY_CODE: Record<string, string> = {
  UNAUTHENTICATED: '请先登录。',
  FORBIDDEN: '您没有权限进行这项操作。',
  NOT_FOUND: '没有找到相关内容。',
  TOO_MANY_REQUESTS: '操作太频繁，请稍后再试。',
};

/**
 * The server already writes its messages in Chinese (Accept-Language: zh-CN); this only picks the first error,
 * its per-field problems, and says something Chinese for a lost connection, never a stack trace.
 */
export function shownError(error: CombinedError | undefined): ShownError | null {
  if (!error) return null;
  if (error.networkError && !error.graphQLErrors.length) return { message: NETWORK, code: undefined, problems: [] };
  const first = error.graphQLErrors[0];
  const extensions = (first?.extensions ?? {}) as { code?: string; problems?: FieldProblem[] };
  const message = first?.message && /[\u4e00-\u9fff]/.test(first.message) ? first.message : (BY_CODE[extensions.code ?? ''] ?? '操作失败，请稍后重试。');
  return { message, code: extensions.code, problems: extensions.problems ?? [] };
}

/** The message for one field, when the server named it. */
export function problemOf(error: ShownError | null, field: string): string | undefined {
  return error?.problems.find((p) => p.field === field || p.field.endsWith(`.${field}`))?.message;
}

/**
 * The error to show as an alert: one the form cannot place beside a field of its own (no problems, or problems for
 * fields it does not have, like a group's `groupId`), so no Chinese message is ever lost.
 */
export function unplacedError(shown: ShownError | null, fields: readonly string[]): ShownError | null {
  if (!shown) return null;
  const placed = shown.problems.some((p) => fields.some((field) => p.field === field || p.field.endsWith(`.${field}`)));
  return placed ? null : shown;
}
