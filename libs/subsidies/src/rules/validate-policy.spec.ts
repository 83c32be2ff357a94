import { DEFAULT_POLICIES, GUIZHOU_POLICY } from './default-policies.js';
import { type PolicyProblem, validatePolicy } from './validate-policy.js';

/** The Guizhou policy as a client would send it: plain, mutable JSON. */
function guizhouJson(): any {
  return JSON.parse(JSON.stringify(GUIZHOU_POLICY));
}

function problemsOf(input: unknown): PolicyProblem[] {
  const result = validatePolicy(input);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

const fields = (input: unknown) => problemsOf(input).map((p) => p.field);
/** Each problem's field, reason and English text. */
const briefly = (input: unknown) => problemsOf(input).map((p) => ({ field: p.field, reason: p.reason, message: p.text.en }));

describe('validatePolicy', () => {
  it.each(DEFAULT_POLICIES.map((p) => [`${p.name} v${p.version}`, p] as const))('accepts the shipped policy %s as JSON', (_name, policy) => {
    expect(validatePolicy(JSON.parse(JSON.stringify(policy)))).toEqual({ ok: true, policy });
  });

  it('trims the name and the version', () => {
    const result = validatePolicy({ ...guizhouJson(), name: '  贵州  ', version: ' 2023.2 ' });
    expect(result.ok && result.policy).toMatchObject({ name: '贵州', version: '2023.2' });
  });

  it('refuses what is not an object', () => {
    for (const input of [null, 'policy', [], 42]) expect(fields(input)).toEqual(['policy']);
  });

  it('names the field of a bad months value with its full path', () => {
    const json = guizhouJson();
    json.rules[2].conditions[0] = { type: 'minStableMonths', months: -3 };
    expect(briefly(json)).toEqual([
      { field: 'rules[2].conditions[0].months', reason: 'POLICY_MONTHS_RANGE', message: 'must be a whole number of months from 1 to 120' },
    ]);
    expect(problemsOf(json)[0].text.zh).toBe('须为 1 到 120 的整数（月）');
    json.rules[2].conditions[0].months = 'three';
    expect(fields(json)).toEqual(['rules[2].conditions[0].months']);
    json.rules[2].conditions[0].months = 2.5;
    expect(fields(json)).toEqual(['rules[2].conditions[0].months']);
  });

  it('refuses unknown condition types and names the allowed ones', () => {
    const json = guizhouJson();
    json.rules[0].conditions.push({ type: 'minAge', years: 16 });
    const [problem] = problemsOf(json);
    expect(problem.field).toBe('rules[0].conditions[3].type');
    expect(problem.reason).toBe('POLICY_NOT_ONE_OF');
    expect(problem.text.en).toContain("'minAge' is not one of categoryAtStart, scope,");
    expect(problem.text.zh).toContain("'minAge' 不是可选的值");
  });

  it('refuses unknown properties, so a typo cannot drop a condition silently', () => {
    const json = guizhouJson();
    json.rules[0].conditions[2] = { type: 'minStableMonths', month: 3 };
    json.rules[1].amonut = 500;
    json.owner = 'x';
    expect(fields(json).sort()).toEqual(['owner', 'rules[0].conditions[2].month', 'rules[0].conditions[2].months', 'rules[1].amonut'].sort());
  });

  it('refuses negative, zero, fractional and huge amounts', () => {
    for (const amount of [-500, 0, 499.5, 2_000_000, '500', null]) {
      const json = guizhouJson();
      json.rules[4].amount = amount;
      expect(fields(json)).toEqual(['rules[4].amount']);
    }
  });

  it('refuses bad dates and a period that ends before it starts', () => {
    expect(fields({ ...guizhouJson(), validFrom: '2021-02-30' })).toEqual(['validFrom']);
    expect(fields({ ...guizhouJson(), validFrom: '2021/01/01' })).toEqual(['validFrom']);
    expect(fields({ ...guizhouJson(), validTo: '2025-13-01' })).toEqual(['validTo']);
    expect(briefly({ ...guizhouJson(), validFrom: '2026-01-01' })).toEqual([
      { field: 'validTo', reason: 'POLICY_VALID_TO_BEFORE_FROM', message: 'must not be before validFrom' },
    ]);
    const { validTo: _dropped, ...withoutEnd } = guizhouJson();
    expect(fields(withoutEnd)).toEqual(['validTo']);
    expect(fields({ ...guizhouJson(), validTo: null })).toEqual(['validTo']);
  });

  it('refuses a province code that is not a province, a blank name and a bad version', () => {
    expect(fields({ ...guizhouJson(), provinceCode: '520102' })).toEqual(['provinceCode']);
    expect(fields({ ...guizhouJson(), name: '   ' })).toEqual(['name']);
    expect(fields({ ...guizhouJson(), version: 1 })).toEqual(['version']);
    expect(fields({ ...guizhouJson(), version: '' })).toEqual(['version']);
    expect(fields({ ...guizhouJson(), version: '第一版' })).toEqual(['version']);
    expect(fields({ ...guizhouJson(), version: 'x'.repeat(41) })).toEqual(['version']);
  });

  it('refuses unknown kinds, beneficiaries and once-per keys', () => {
    const json = guizhouJson();
    json.rules[0].kind = 'HOUSING';
    json.rules[1].beneficiary = 'BUREAU';
    json.rules[3].oncePer = 'EVER';
    expect(fields(json)).toEqual(['rules[0].kind', 'rules[1].beneficiary', 'rules[3].oncePer']);
  });

  it('keeps a rule’s fund, refuses an unknown one, and keeps the tiers of a kind on one fund', () => {
    const json = guizhouJson();
    json.rules[3].fund = 'EMPLOYMENT_FUND';
    const kept = validatePolicy(json);
    expect(kept.ok && kept.policy.rules[3].fund).toBe('EMPLOYMENT_FUND');
    expect(kept.ok && 'fund' in kept.policy.rules[0]).toBe(false); // absent stays absent: the kind's default applies
    json.rules[0].fund = 'LOTTERY';
    expect(fields(json)).toEqual(['rules[0].fund']);
    delete json.rules[0].fund;
    json.rules[1].fund = 'RURAL_REVITALIZATION_FUND'; // a valid fund, but rules[2] (the other JOB_SEEKING tier) takes the default
    expect(fields(json)).toEqual(['rules[2].fund']);
  });

  it('refuses bad values in anyOf lists, each by its index', () => {
    const json = guizhouJson();
    json.rules[0].conditions[0].anyOf = ['POVERTY_ALLEVIATED', 'POOR', 'POVERTY_ALLEVIATED'];
    json.rules[0].conditions[1].anyOf = [];
    json.rules[4].conditions[1].anyOf = 'WORKSHOP';
    expect(fields(json)).toEqual([
      'rules[0].conditions[0].anyOf[1]',
      'rules[0].conditions[0].anyOf[2]',
      'rules[0].conditions[1].anyOf',
      'rules[4].conditions[1].anyOf',
    ]);
  });

  it('allows an employer clause that names small/micro enterprises only, not an empty one', () => {
    const json = guizhouJson();
    json.rules[4].conditions[1] = { type: 'employerKind', anyOf: [], orSmallOrMicro: true };
    expect(validatePolicy(json).ok).toBe(true);
    json.rules[4].conditions[1] = { type: 'employerKind', anyOf: [] };
    expect(fields(json)).toEqual(['rules[4].conditions[1].anyOf']);
    json.rules[4].conditions[1] = { type: 'employerKind', anyOf: ['WORKSHOP'], orSmallOrMicro: 'yes' };
    expect(fields(json)).toEqual(['rules[4].conditions[1].orSmallOrMicro']);
  });

  it('refuses a condition type given twice in one rule', () => {
    const json = guizhouJson();
    json.rules[0].conditions.push({ type: 'scope', anyOf: ['SAME_COUNTY'] });
    expect(fields(json)).toEqual(['rules[0].conditions[3].type']);
  });

  it('refuses an empty rule list and malformed rules', () => {
    expect(fields({ ...guizhouJson(), rules: [] })).toEqual(['rules']);
    expect(fields({ ...guizhouJson(), rules: [42] })).toEqual(['rules[0]']);
    const json = guizhouJson();
    json.rules[0].conditions = {};
    expect(fields(json)).toEqual(['rules[0].conditions']);
  });

  it('accepts every once-per scope for any kind, but a per-organisation scope only for an organisation', () => {
    const json = guizhouJson();
    for (const scope of [
      'PERSON_KIND',
      'PERSON_KIND_YEAR',
      'PERSON_KIND_CYCLE',
      'PLACEMENT_KIND',
      'PERSON_KIND_BENEFICIARY',
      'PERSON_KIND_BENEFICIARY_CYCLE',
    ]) {
      json.rules[4].oncePer = scope;
      expect(validatePolicy(json).ok).toBe(true);
    }
    json.rules[0].oncePer = 'PERSON_KIND_YEAR';
    expect(validatePolicy(json).ok).toBe(true);
    json.rules[4].oncePer = 'PERSON_KIND_BENEFICIARY';
    json.rules[4].beneficiary = 'WORKER';
    expect(fields(json)).toEqual(['rules[4].beneficiary']);
    json.rules[4].oncePer = 'PERSON_KIND_BENEFICIARY_CYCLE';
    expect(fields(json)).toEqual(['rules[4].beneficiary']);
  });

  it('refuses tiers of one kind that pay different beneficiaries', () => {
    const json = guizhouJson();
    json.rules[2].beneficiary = 'AGENT';
    expect(briefly(json)).toEqual([
      { field: 'rules[2].beneficiary', reason: 'POLICY_BENEFICIARY_MISMATCH', message: 'must be WORKER like rules[1] of the same kind' },
    ]);
  });

  it('refuses tiers of one kind that could both apply to one placement', () => {
    const json = guizhouJson();
    json.rules[2].conditions[1].anyOf = ['OTHER_PROVINCE', 'OTHER_COUNTY_SAME_PROVINCE'];
    expect(fields(json)).toEqual(['rules[2].conditions']);
    const noScope = guizhouJson();
    noScope.rules[2].conditions.splice(1, 1);
    expect(fields(noScope)).toEqual(['rules[2].conditions']);
  });

  it('accepts tiers told apart by employer kind, unless a small/micro clause joins them', () => {
    const json = guizhouJson();
    json.rules[4].conditions[1] = { type: 'employerKind', anyOf: ['WORKSHOP'], orSmallOrMicro: false };
    json.rules.push({
      ...json.rules[4],
      amount: 2000,
      conditions: [
        { type: 'employerKind', anyOf: ['ASSISTANCE_BASE'], orSmallOrMicro: false },
        { type: 'minStableMonths', months: 1 },
      ],
    });
    expect(validatePolicy(json).ok).toBe(true);
    json.rules[5].conditions[0].orSmallOrMicro = true;
    expect(fields(json)).toEqual(['rules[5].conditions']);
  });

  it('requires every absorption rule to state its minimum of stable employment', () => {
    const json = guizhouJson();
    json.rules[4].conditions = json.rules[4].conditions.filter((c: { type: string }) => c.type !== 'minStableMonths');
    expect(briefly(json)).toEqual([
      {
        field: 'rules[4].conditions',
        reason: 'POLICY_ABSORPTION_MINIMUM',
        message: 'an absorption rule must state a minimum of stable employment (minStableMonths, at least 1), so a one-day job earns nothing',
      },
    ]);
    json.rules[4].conditions.push({ type: 'minStableMonths', months: 1 });
    expect(validatePolicy(json).ok).toBe(true);
  });

  it('lists every problem at once', () => {
    const problems = problemsOf({ provinceCode: 'x', name: '', version: -1, validFrom: 'soon', validTo: 'later', rules: 'none' });
    expect(problems.map((p) => p.field)).toEqual(['provinceCode', 'name', 'version', 'validFrom', 'validTo', 'rules']);
    expect(problems.find((p) => p.field === 'version')?.text.en).toBe('must be a text of 1 to 40 letters, digits, dots, dashes or underscores');
    // Chinese first, like every other message, and each with a reason of the catalogue.
    for (const p of problems) expect(p.text.zh).toMatch(/\p{Script=Han}/u);
    expect(problems.map((p) => p.reason)).toEqual([
      'POLICY_PROVINCE_CODE',
      'POLICY_TEXT_LENGTH',
      'POLICY_VERSION_FORMAT',
      'POLICY_DATE',
      'POLICY_DATE',
      'POLICY_RULES_COUNT',
    ]);
  });
});
