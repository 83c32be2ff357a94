/** The codes a client can rely on in `extensions.code`. */
export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';

/**
 * Base of every error a service raises on purpose. The message is shown to the client as is,
 * so it must never contain personal data (ID numbers, phone numbers) or internals.
 */
export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  /** Extra, client-safe details put into `extensions` (e.g. `fields`). */
  readonly details: Record<string, unknown>;

  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = new.target.name;
    this.details = details;
  }
}

export interface FieldProblem {
  field: string;
  message: string;
}

/** Bad input, with the failing fields named so a form can point at them. */
export class InvalidInputError extends DomainError {
  readonly code = 'BAD_USER_INPUT' as const;
  readonly problems: FieldProblem[];

  constructor(problems: FieldProblem[] | string, message?: string) {
    const list = typeof problems === 'string' ? [{ field: problems, message: message ?? `${problems} is invalid` }] : problems;
    super(message ?? list.map((p) => `${p.field}: ${p.message}`).join('; '), {
      fields: list.map((p) => p.field),
      problems: list,
    });
    this.problems = list;
  }
}

export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED' as const;
  constructor(message = 'Sign in first') {
    super(message);
  }
}

export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN' as const;
  constructor(message = 'You are not allowed to do this') {
    super(message);
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND' as const;
  constructor(what: string, id?: string) {
    super(id ? `${what} ${id} was not found` : `${what} was not found`);
  }
}

export class ConflictError extends DomainError {
  readonly code = 'CONFLICT' as const;
}
