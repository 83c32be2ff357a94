import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '@app/common';

export class ApplicationNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('Application', id);
  }
}

export class PlacementNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('Placement', id);
  }
}

export class PlacementGroupNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('Placement group', id);
  }
}

export class LiveApplicationExistsError extends ConflictError {
  constructor() {
    super('This worker already has a live application for this posting');
  }
}

/** 一人一岗: never two public-welfare posts at once. */
export class WelfarePostHeldError extends ConflictError {
  constructor() {
    super('This worker already holds an active public-welfare post (一人一岗)');
  }
}

export class AlreadyTravellingError extends ConflictError {
  constructor() {
    super('A worker on this roster is already in another departing group');
  }
}

export class PostingNotOpenError extends InvalidInputError {
  constructor() {
    super('postingId', 'postingId names a posting that is not open (closed or filled)');
  }
}

export class NotYourPostingError extends ForbiddenError {
  constructor() {
    super('Only the posting’s employer can do this');
  }
}
