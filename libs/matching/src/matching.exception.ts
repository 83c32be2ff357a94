import { type FieldCatalogue, fieldProblem, InvalidInputError } from '@app/common';

/** Problems with one field of a recommendation round. */
export enum MatchingFieldReason {
  POSTINGS_REQUIRED = 'POSTINGS_REQUIRED',
  POSTINGS_UNKNOWN = 'POSTINGS_UNKNOWN',
}

export const MATCHING_FIELD_MESSAGES: FieldCatalogue<MatchingFieldReason> = {
  POSTINGS_REQUIRED: { zh: '至少选择一个岗位', en: 'postingIds must name at least one posting' },
  POSTINGS_UNKNOWN: {
    zh: '所选岗位中有不存在或您无权查看的岗位',
    en: 'postingIds names a posting that does not exist or that you cannot see',
  },
};

export function invalidMatchingField(field: string, reason: MatchingFieldReason): InvalidInputError {
  return new InvalidInputError([fieldProblem(field, MATCHING_FIELD_MESSAGES, reason)]);
}
