import { ConflictError, DomainError, ForbiddenError, InvalidInputError } from '@app/common';

export class InvalidCredentialsError extends DomainError {
  constructor() {
    super('INVALID_CREDENTIALS', { code: 'UNAUTHENTICATED', zh: '用户名或密码不正确', en: 'Invalid username or password' });
  }
}

export class UsernameTakenError extends ConflictError {
  constructor() {
    super('This username is already taken');
  }
}

export class AccountRoleNotAllowedError extends ForbiddenError {}

export class AccountInputError extends InvalidInputError {}
