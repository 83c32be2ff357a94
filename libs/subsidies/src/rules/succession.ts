import { addDays, type FieldCatalogue, type FieldProblem, fieldProblem } from '@app/common';
import { compareVersions, type SubsidyPolicy } from './policy.js';

/** What can be wrong with a version's place in its province's chain of versions. */
export enum SuccessionReason {
  SUCCESSOR_OTHER_PROVINCE = 'SUCCESSOR_OTHER_PROVINCE',
  SUCCESSOR_STARTS_TOO_EARLY = 'SUCCESSOR_STARTS_TOO_EARLY',
  SUCCESSOR_VERSION_NOT_HIGHER = 'SUCCESSOR_VERSION_NOT_HIGHER',
}

export const SUCCESSION_FIELD_MESSAGES: FieldCatalogue<SuccessionReason> = {
  SUCCESSOR_OTHER_PROVINCE: {
    zh: '接续的政策属于另一个省（{other}），新版本只能接续本省的政策',
    en: '{field}: the superseded policy belongs to province {other}; a version succeeds its own province’s policy only',
  },
  SUCCESSOR_STARTS_TOO_EARLY: {
    zh: '新版本的施行日期须晚于被接续版本的施行日期 {from}',
    en: '{field} must be after {from}, the day the superseded version took effect',
  },
  SUCCESSOR_VERSION_NOT_HIGHER: {
    zh: '新版本号须高于被接续的版本号 {version}',
    en: '{field} must be higher than {version}, the superseded version',
  },
};

/**
 * The rules of a chain (predecessor → successor): same province, a later start, a higher version number (so "the
 * highest version valid on the start date" and the chain always agree). Every problem at once. The predecessor's own
 * dates are never changed: where the two overlap, the successor applies from its validFrom on (appliesUntil).
 */
export function successionProblems(predecessor: SubsidyPolicy, successor: SubsidyPolicy): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (predecessor.provinceCode !== successor.provinceCode)
    problems.push(fieldProblem('supersedesId', SUCCESSION_FIELD_MESSAGES, SuccessionReason.SUCCESSOR_OTHER_PROVINCE, { other: predecessor.provinceCode }));
  if (successor.validFrom <= predecessor.validFrom)
    problems.push(fieldProblem('validFrom', SUCCESSION_FIELD_MESSAGES, SuccessionReason.SUCCESSOR_STARTS_TOO_EARLY, { from: predecessor.validFrom }));
  if (compareVersions(successor.version, predecessor.version) <= 0)
    problems.push(fieldProblem('version', SUCCESSION_FIELD_MESSAGES, SuccessionReason.SUCCESSOR_VERSION_NOT_HIGHER, { version: predecessor.version }));
  return problems;
}

/** The last day a version applies: its validTo, or the day before its successor takes effect if that is earlier. */
export function appliesUntil(policy: SubsidyPolicy, successor: SubsidyPolicy | null): string {
  if (!successor) return policy.validTo;
  const dayBefore = addDays(successor.validFrom, -1);
  return dayBefore < policy.validTo ? dayBefore : policy.validTo;
}
