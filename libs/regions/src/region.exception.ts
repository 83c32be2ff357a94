import { InvalidInputError } from '@app/common';

export class UnknownRegionError extends InvalidInputError {
  constructor(field: string, code: string) {
    super(field, `${field} ${JSON.stringify(code)} is not a known GB/T 2260 region code`);
  }
}

export class NotACountyError extends InvalidInputError {
  constructor(field: string, code: string) {
    super(field, `${field} ${JSON.stringify(code)} must be a county-level region (区县), not a province or city`);
  }
}
