import { DomainError, type ErrorCode } from './domain-error.js';

/** @deprecated English-only errors without a reason of their own, until every domain has its catalogue. */
abstract class LegacyError extends DomainError {
  protected constructor(code: ErrorCode, message: string) {
    super(code, { code, zh: message, en: message });
  }
}

/** @deprecated use the domain's own error or RoleRequiredError. */
export class ForbiddenError extends LegacyError {
  constructor(message = 'You are not allowed to do this') {
    super('FORBIDDEN', message);
  }
}

/** @deprecated use the domain's own *_NOT_FOUND reason. */
export class NotFoundError extends LegacyError {
  constructor(what: string, id?: string) {
    super('NOT_FOUND', id ? `${what} ${id} was not found` : `${what} was not found`);
  }
}

/** @deprecated use the domain's own CONFLICT reason. */
export class ConflictError extends LegacyError {
  constructor(message: string) {
    super('CONFLICT', message);
  }
}
