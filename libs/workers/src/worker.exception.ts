import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '@app/common';
import { idNumberFieldProblem } from './id-number.messages.js';
import type { IdNumberProblem } from './id-number.js';

export class InvalidIdNumberError extends InvalidInputError {
  constructor(problem: IdNumberProblem) {
    super([idNumberFieldProblem('idNumber', problem)]);
  }
}

/** Says nothing about who holds the number or where they are registered. */
export class WorkerAlreadyRegisteredError extends ConflictError {
  constructor() {
    super('A worker with this resident ID number is already registered');
  }
}

export class WorkerNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('Worker', id);
  }
}

export class WorkerForbiddenError extends ForbiddenError {}
