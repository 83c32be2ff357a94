import { ConflictError, InvalidInputError, NotFoundError } from '@app/common';

/** Says nothing about where or through whom the earlier claim was made. */
export class AlreadyClaimedError extends ConflictError {
  constructor() {
    super('This subsidy has already been claimed for this person (ALREADY_CLAIMED)');
  }
}

export class NotEligibleError extends InvalidInputError {
  constructor(status: string, reason: string) {
    super('kind', `this subsidy cannot be claimed now (${status}): ${reason}`);
  }
}

export class SubsidyClaimNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('Subsidy claim', id);
  }
}

export class NoPolicyError extends NotFoundError {
  constructor(province: string, date: string) {
    super(`A subsidy policy of province ${province} valid on ${date}`);
  }
}

export class ClaimTransitionError extends InvalidInputError {
  constructor(from: string, to: string) {
    super('claimId', `a ${from} claim cannot become ${to}`);
  }
}
