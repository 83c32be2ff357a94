import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '@app/common';

/** Also what a caller gets for a posting it may not see: a hidden posting is never admitted to exist. */
export class PostingNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('Posting', id);
  }
}

export class NotPostingOwnerError extends ForbiddenError {
  constructor(message = 'Only the posting’s own organisation (or, for a public-welfare post, its bureau) can change it') {
    super(message);
  }
}

export class PostingClosedError extends ConflictError {
  constructor() {
    super('This posting is closed; a closed posting cannot be edited');
  }
}

export class HeadcountBelowPlacementsError extends InvalidInputError {
  constructor(activePlacements: number) {
    super('headcount', `headcount cannot be lower than the ${activePlacements} worker(s) already placed on this posting`);
  }
}
