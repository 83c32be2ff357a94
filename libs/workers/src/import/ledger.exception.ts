import { InvalidInputError } from '@app/common';

/** The file as a whole cannot be read as a ledger (wrong type, missing columns, no rows): nothing is imported. */
export class LedgerFileError extends InvalidInputError {
  constructor(message: string) {
    super([{ field: 'file', message }], message);
  }
}
