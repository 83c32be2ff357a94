import { type FieldProblem, isCalendarDate, type MessageParams } from '@app/common';
import { PolicyFieldReason as R, policyProblem } from './policy-field.messages.js';
import {
  BENEFICIARIES,
  CONDITION_TYPES,
  type Condition,
  EMPLOYER_KINDS,
  fundOf,
  ONCE_PER,
  SUBSIDY_FUNDS,
  PLACEMENT_SCOPES,
  POSTING_KINDS,
  SUBSIDY_KINDS,
  type SubsidyPolicy,
  type SubsidyRule,
  WORKER_CATEGORIES,
} from './policy.js';

/**
 * A problem with one property: its JSON path into the submitted policy (e.g. `rules[2].conditions[0].months`) as the
 * field, a reason of the policy catalogue, and its text in every language; a caller throws InvalidInputError(problems).
 */
export type PolicyProblem = FieldProblem;

export type PolicyValidation = { readonly ok: true; readonly policy: SubsidyPolicy } | { readonly ok: false; readonly problems: PolicyProblem[] };

export const MAX_AMOUNT_YUAN = 1_000_000;
export const MAX_MONTHS = 120;
const MAX_RULES = 50;
const MAX_CONDITIONS = 20;
const PROVINCE_CODE = /^[1-9]\d0000$/;
const VERSION = /^[\w.-]{1,40}$/;

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const shown = (v: unknown) => (typeof v === 'string' ? `'${v}'` : (JSON.stringify(v) ?? String(v)));

/**
 * Turns untrusted JSON into a policy, or lists every problem with its path. Strict: unknown properties are refused,
 * so a typo ("month" for "months") cannot silently drop a condition.
 */
export function validatePolicy(input: unknown): PolicyValidation {
  const problems: PolicyProblem[] = [];
  const problem: Report = (field, reason, params) => problems.push(policyProblem(field, reason, params));

  if (!isObject(input)) return { ok: false, problems: [policyProblem('policy', R.POLICY_NOT_OBJECT)] };
  unknownProperties(input, ['provinceCode', 'name', 'version', 'validFrom', 'validTo', 'rules'], '', problem);

  const provinceCode = input.provinceCode;
  if (typeof provinceCode !== 'string' || !PROVINCE_CODE.test(provinceCode)) {
    problem('provinceCode', R.POLICY_PROVINCE_CODE);
  }
  const name = typeof input.name === 'string' ? input.name.trim() : '';
  if (name.length === 0 || name.length > 100) problem('name', R.POLICY_TEXT_LENGTH, { max: 100 });
  const version = typeof input.version === 'string' ? input.version.trim() : '';
  if (!VERSION.test(version)) problem('version', R.POLICY_VERSION_FORMAT);

  const validFrom = input.validFrom;
  const validTo = input.validTo;
  if (!isCalendarDate(validFrom)) problem('validFrom', R.POLICY_DATE);
  if (!isCalendarDate(validTo)) problem('validTo', R.POLICY_DATE);
  if (isCalendarDate(validFrom) && isCalendarDate(validTo) && validFrom > validTo) problem('validTo', R.POLICY_VALID_TO_BEFORE_FROM);

  const rules: SubsidyRule[] = [];
  if (!Array.isArray(input.rules) || input.rules.length === 0 || input.rules.length > MAX_RULES) {
    problem('rules', R.POLICY_RULES_COUNT, { max: MAX_RULES });
  } else {
    input.rules.forEach((raw, i) => {
      const rule = validateRule(raw, `rules[${i}]`, problem);
      if (rule) rules.push(rule);
    });
    if (rules.length === input.rules.length) crossRuleProblems(rules, problem);
  }

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    policy: { provinceCode: provinceCode as string, name, version, validFrom: validFrom as string, validTo: validTo as string, rules },
  };
}

type Report = (field: string, reason: R, params?: MessageParams) => void;

function unknownProperties(value: Json, allowed: readonly string[], path: string, problem: Report): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) problem(path ? `${path}.${key}` : key, R.POLICY_UNKNOWN_PROPERTY);
  }
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string, problem: Report): value is T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return true;
  problem(field, R.POLICY_NOT_ONE_OF, { value: shown(value), allowed: allowed.join(', ') });
  return false;
}

function validateRule(raw: unknown, path: string, problem: Report): SubsidyRule | null {
  if (!isObject(raw)) {
    problem(path, R.POLICY_NOT_OBJECT);
    return null;
  }
  const before = countingReport(problem);
  const report = before.report;
  unknownProperties(raw, ['kind', 'title', 'beneficiary', 'amount', 'oncePer', 'fund', 'conditions'], path, report);
  oneOf(raw.kind, SUBSIDY_KINDS, `${path}.kind`, report);
  oneOf(raw.beneficiary, BENEFICIARIES, `${path}.beneficiary`, report);
  oneOf(raw.oncePer, ONCE_PER, `${path}.oncePer`, report);
  if (raw.fund !== undefined) oneOf(raw.fund, SUBSIDY_FUNDS, `${path}.fund`, report);
  if ((raw.oncePer === 'PERSON_KIND_BENEFICIARY' || raw.oncePer === 'PERSON_KIND_BENEFICIARY_CYCLE') && raw.beneficiary === 'WORKER') {
    report(`${path}.beneficiary`, R.POLICY_BENEFICIARY_ORGANISATION);
  }
  if (!Number.isSafeInteger(raw.amount) || (raw.amount as number) <= 0 || (raw.amount as number) > MAX_AMOUNT_YUAN) {
    report(`${path}.amount`, R.POLICY_AMOUNT_RANGE, { max: MAX_AMOUNT_YUAN });
  }
  let title: string | undefined;
  if (raw.title !== undefined) {
    title = typeof raw.title === 'string' ? raw.title.trim() : '';
    if (title.length === 0 || title.length > 50) report(`${path}.title`, R.POLICY_TEXT_LENGTH, { max: 50 });
  }

  const conditions: Condition[] = [];
  if (!Array.isArray(raw.conditions) || raw.conditions.length > MAX_CONDITIONS) {
    report(`${path}.conditions`, R.POLICY_CONDITIONS_COUNT, { max: MAX_CONDITIONS });
  } else {
    const seen = new Set<string>();
    raw.conditions.forEach((c, j) => {
      const condition = validateCondition(c, `${path}.conditions[${j}]`, report);
      if (!condition) return;
      if (seen.has(condition.type)) report(`${path}.conditions[${j}].type`, R.POLICY_CONDITION_TWICE, { type: condition.type });
      seen.add(condition.type);
      conditions.push(condition);
    });
  }
  // Absorption pays for work that happened: a one-day job must not earn it, so every absorption rule names its minimum.
  if (raw.kind === 'ABSORPTION' && Array.isArray(raw.conditions) && !conditions.some((c) => c.type === 'minStableMonths')) {
    report(`${path}.conditions`, R.POLICY_ABSORPTION_MINIMUM);
  }
  if (before.count() > 0) return null;
  const rule = {
    kind: raw.kind,
    beneficiary: raw.beneficiary,
    amount: raw.amount,
    oncePer: raw.oncePer,
    ...(raw.fund === undefined ? {} : { fund: raw.fund }),
    conditions,
  } as SubsidyRule;
  return title === undefined ? rule : { ...rule, title };
}

function countingReport(problem: Report) {
  let count = 0;
  return {
    report: ((field, reason, params) => {
      count++;
      problem(field, reason, params);
    }) as Report,
    count: () => count,
  };
}

function validateCondition(raw: unknown, path: string, problem: Report): Condition | null {
  if (!isObject(raw)) {
    problem(path, R.POLICY_NOT_OBJECT);
    return null;
  }
  if (!oneOf(raw.type, CONDITION_TYPES, `${path}.type`, problem)) return null;
  const { report, count } = countingReport(problem);
  const type = raw.type;
  switch (type) {
    case 'organized':
    case 'firstOrganizedPlacement':
      unknownProperties(raw, ['type'], path, report);
      return count() > 0 ? null : { type };
    case 'minStableMonths':
    case 'minContractMonths':
    case 'minSocialInsuranceMonths':
    case 'awayFromHomeContinuousMonths': {
      unknownProperties(raw, ['type', 'months'], path, report);
      const months = raw.months;
      if (!Number.isSafeInteger(months) || (months as number) < 1 || (months as number) > MAX_MONTHS) {
        report(`${path}.months`, R.POLICY_MONTHS_RANGE, { max: MAX_MONTHS });
      }
      return count() > 0 ? null : { type, months: months as number };
    }
    case 'categoryAtStart':
      unknownProperties(raw, ['type', 'anyOf'], path, report);
      anyOf(raw.anyOf, WORKER_CATEGORIES, `${path}.anyOf`, false, report);
      return count() > 0 ? null : ({ type, anyOf: raw.anyOf } as Condition);
    case 'scope':
      unknownProperties(raw, ['type', 'anyOf'], path, report);
      anyOf(raw.anyOf, PLACEMENT_SCOPES, `${path}.anyOf`, false, report);
      return count() > 0 ? null : ({ type, anyOf: raw.anyOf } as Condition);
    case 'postingKind':
      unknownProperties(raw, ['type', 'anyOf'], path, report);
      anyOf(raw.anyOf, POSTING_KINDS, `${path}.anyOf`, false, report);
      return count() > 0 ? null : ({ type, anyOf: raw.anyOf } as Condition);
    case 'employerKind': {
      unknownProperties(raw, ['type', 'anyOf', 'orSmallOrMicro'], path, report);
      const orSmallOrMicro = raw.orSmallOrMicro ?? false;
      if (typeof orSmallOrMicro !== 'boolean') report(`${path}.orSmallOrMicro`, R.POLICY_NOT_BOOLEAN);
      anyOf(raw.anyOf, EMPLOYER_KINDS, `${path}.anyOf`, orSmallOrMicro === true, report);
      return count() > 0
        ? null
        : { type, anyOf: raw.anyOf as Extract<Condition, { type: 'employerKind' }>['anyOf'], orSmallOrMicro: orSmallOrMicro as boolean };
    }
  }
}

function anyOf(value: unknown, allowed: readonly string[], path: string, mayBeEmpty: boolean, problem: Report): void {
  if (!Array.isArray(value)) {
    problem(path, R.POLICY_NOT_LIST_OF, { allowed: allowed.join(', ') });
    return;
  }
  if (value.length === 0 && !mayBeEmpty) problem(path, R.POLICY_EMPTY_LIST);
  value.forEach((v, k) => {
    if (!oneOf(v, allowed, `${path}[${k}]`, problem)) return;
    if (value.indexOf(v) !== k) problem(`${path}[${k}]`, R.POLICY_LISTED_TWICE, { value: shown(v) });
  });
}

/**
 * Rules of one kind are tiers of one subsidy: they must pay the same beneficiary from the same fund and never overlap on scope, employer
 * kind and posting kind, so at most one tier applies to a placement.
 */
function crossRuleProblems(rules: readonly SubsidyRule[], problem: Report): void {
  rules.forEach((rule, j) => {
    const i = rules.findIndex((r) => r.kind === rule.kind);
    if (i === j) return;
    const first = rules[i];
    if (rule.beneficiary !== first.beneficiary) {
      problem(`rules[${j}].beneficiary`, R.POLICY_BENEFICIARY_MISMATCH, { expected: first.beneficiary, other: i });
    }
    if (fundOf(rule) !== fundOf(first)) problem(`rules[${j}].fund`, R.POLICY_BENEFICIARY_MISMATCH, { expected: fundOf(first), other: i });
    for (let k = 0; k < j; k++) {
      if (rules[k].kind === rule.kind && tiersOverlap(rules[k], rule)) {
        problem(`rules[${j}].conditions`, R.POLICY_TIERS_OVERLAP, { other: k });
      }
    }
  });
}

function tiersOverlap(a: SubsidyRule, b: SubsidyRule): boolean {
  const find = <T extends Condition['type']>(r: SubsidyRule, type: T) => r.conditions.find((c): c is Extract<Condition, { type: T }> => c.type === type);
  const intersects = (x: readonly string[] | undefined, y: readonly string[] | undefined) => x === undefined || y === undefined || x.some((v) => y.includes(v));

  const [ea, eb] = [find(a, 'employerKind'), find(b, 'employerKind')];
  // Any kind of employer may be small or micro, so a small/micro clause meets every other employer clause.
  const employersOverlap = !ea || !eb || ea.orSmallOrMicro || eb.orSmallOrMicro || intersects(ea.anyOf, eb.anyOf);
  return (
    intersects(find(a, 'scope')?.anyOf, find(b, 'scope')?.anyOf) && intersects(find(a, 'postingKind')?.anyOf, find(b, 'postingKind')?.anyOf) && employersOverlap
  );
}
