import { ConflictError, InvalidInputError, NotFoundError } from '@app/common';
import type { CreditCodeProblem } from './credit-code.js';

export class InvalidCreditCodeError extends InvalidInputError {
  constructor(problem: CreditCodeProblem) {
    super('creditCode', `creditCode is not a valid unified social credit code (${problem})`);
  }
}

export class CreditCodeTakenError extends ConflictError {
  constructor() {
    super('An organisation with this unified social credit code is already registered');
  }
}

export class OrganizationNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('Organization', id);
  }
}
