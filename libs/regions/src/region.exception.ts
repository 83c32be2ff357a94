import { commonProblem, type FieldCatalogue, type FieldProblem, fieldProblem, FieldReason, InvalidInputError } from '@app/common';

/** Problems with a region code beyond the shared ones (REGION_CODE for the shape, UNKNOWN_REGION for a code not in GB/T 2260). */
export enum RegionFieldReason {
  NOT_A_COUNTY = 'NOT_A_COUNTY',
}

export const REGION_FIELD_MESSAGES: FieldCatalogue<RegionFieldReason> = {
  NOT_A_COUNTY: { zh: '须为区县级行政区划代码，不能是省或市', en: '{field} must be a county-level region (区县), not a province or city' },
};

export function unknownRegionProblem(field: string): FieldProblem {
  return commonProblem(field, FieldReason.UNKNOWN_REGION);
}

export function notACountyProblem(field: string): FieldProblem {
  return fieldProblem(field, REGION_FIELD_MESSAGES, RegionFieldReason.NOT_A_COUNTY);
}

/** BAD_USER_INPUT UNKNOWN_REGION naming the field; the code itself is not repeated. */
export class UnknownRegionError extends InvalidInputError {
  constructor(field: string) {
    super([unknownRegionProblem(field)]);
  }
}

export class NotACountyError extends InvalidInputError {
  constructor(field: string) {
    super([notACountyProblem(field)]);
  }
}
