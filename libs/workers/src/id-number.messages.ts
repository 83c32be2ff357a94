import { type FieldCatalogue, type FieldProblem, fieldProblem } from '@app/common';
import type { IdNumberProblem } from './id-number.js';

export enum IdNumberReason {
  ID_NUMBER_LENGTH = 'ID_NUMBER_LENGTH',
  ID_NUMBER_CHARACTERS = 'ID_NUMBER_CHARACTERS',
  ID_NUMBER_BIRTH_DATE = 'ID_NUMBER_BIRTH_DATE',
  ID_NUMBER_CHECK_CHARACTER = 'ID_NUMBER_CHECK_CHARACTER',
}

const REASON_OF: Readonly<Record<IdNumberProblem, IdNumberReason>> = {
  length: IdNumberReason.ID_NUMBER_LENGTH,
  characters: IdNumberReason.ID_NUMBER_CHARACTERS,
  'birth date': IdNumberReason.ID_NUMBER_BIRTH_DATE,
  'check character': IdNumberReason.ID_NUMBER_CHECK_CHARACTER,
};

/**
 * What is wrong with a resident ID number, in one text for every route: registration, the ledger import and any
 * later form. None of them repeats the number.
 */
export const ID_NUMBER_MESSAGES: FieldCatalogue<IdNumberReason> = {
  ID_NUMBER_LENGTH: { zh: '身份证号码位数不对，应为 18 位', en: 'idNumber must be 18 characters' },
  ID_NUMBER_CHARACTERS: { zh: '身份证号码只能含数字和末位的 X', en: 'idNumber may hold only digits and a final X' },
  ID_NUMBER_BIRTH_DATE: { zh: '身份证号码中的出生日期不存在', en: 'the birth date inside idNumber does not exist' },
  ID_NUMBER_CHECK_CHARACTER: { zh: '身份证号码校验位不符，可能有数字录错', en: 'the check character of idNumber does not match: a digit may be mistyped' },
};

export function idNumberFieldProblem(field: string, problem: IdNumberProblem): FieldProblem {
  return fieldProblem(field, ID_NUMBER_MESSAGES, REASON_OF[problem]);
}
