import { ConflictError, ForbiddenError, InvalidInputError, UnauthenticatedError } from '@app/common';

export class InvalidCredentialsError extends UnauthenticatedError {
  constructor() {
    super('Invalid username or password');
  }
}

export class UsernameTakenError extends ConflictError {
  constructor() {
    super('This username is already taken');
  }
}

export class AccountRoleNotAllowedError extends ForbiddenError {}

export class AccountInputError extends InvalidInputError {}
