import { GUIZHOU_POLICY, HAINAN_POLICY, HAINAN_POLICY_2021 } from './default-policies.js';
import { claimKeyString } from './claim-key.js';
import { type Assessment, assess } from './evaluate.js';
import type { MonthlyConfirmation, PlacementEvidence } from './evidence.js';
import type { SubsidyKindCode, SubsidyPolicy } from './policy.js';

/** `count` consecutive months from `first`, employed and insured unless told otherwise. */
function months(first: string, count: number, employed = true, socialInsurancePaid = true): MonthlyConfirmation[] {
  const [y, m] = first.split('-').map(Number);
  return Array.from({ length: count }, (_, i) => {
    const index = y * 12 + (m - 1) + i;
    const month = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
    return { month, employed, socialInsurancePaid };
  });
}

const month = (m: string, employed = true, socialInsurancePaid = true): MonthlyConfirmation => ({ month: m, employed, socialInsurancePaid });

/** A Guizhou worker (南明区) sent by an agency to a small firm in another province, three months confirmed. */
const BASE: PlacementEvidence = Object.freeze<PlacementEvidence>({
  placementId: 'placement-1',
  hukouRegionCode: '520102',
  startDate: '2024-03-01',
  endDate: null,
  scope: 'OTHER_PROVINCE',
  organized: true,
  agentOrganizationId: 'agent-a',
  employerOrganizationId: 'employer-x',
  employerKind: 'ENTERPRISE',
  employerSmallOrMicro: true,
  postingKind: 'EAST_WEST',
  contractMonths: 12,
  categoriesAtStart: ['POVERTY_ALLEVIATED'],
  firstOrganizedPlacement: true,
  confirmations: months('2024-03', 3),
  existingClaims: [],
});
const TODAY = '2024-06-15';

/** ELIGIBLE <amount>, PENDING <earliest date>, INELIGIBLE, ALREADY_CLAIMED: one word per kind. */
function summary(assessments: readonly Assessment[]): Partial<Record<SubsidyKindCode, string>> {
  return Object.fromEntries(
    assessments.map((a) => [
      a.kind,
      a.status === 'ELIGIBLE' ? `ELIGIBLE ${String(a.amount)}` : a.status === 'PENDING' ? `PENDING ${String(a.eligibleOn)}` : a.status,
    ]),
  );
}

function byKind(assessments: readonly Assessment[], kind: SubsidyKindCode): Assessment {
  const found = assessments.find((a) => a.kind === kind);
  if (!found) throw new Error(`no ${kind} assessment`);
  return found;
}

interface Scenario {
  name: string;
  evidence: Partial<PlacementEvidence>;
  today?: string;
  expected: Partial<Record<SubsidyKindCode, string>>;
  /** Substrings the reason of a kind must contain. */
  reasons?: Partial<Record<SubsidyKindCode, string>>;
}

const ALL_ELIGIBLE = { TRANSPORT: 'ELIGIBLE 500', JOB_SEEKING: 'ELIGIBLE 1000', TRACKING_SERVICE: 'ELIGIBLE 500', ABSORPTION: 'ELIGIBLE 500' };
const ALL_INELIGIBLE = { TRANSPORT: 'INELIGIBLE', JOB_SEEKING: 'INELIGIBLE', TRACKING_SERVICE: 'INELIGIBLE', ABSORPTION: 'INELIGIBLE' };

const GUIZHOU_SCENARIOS: Scenario[] = [
  { name: '1 organised cross-province placement, 3 stable insured months, 12-month contract', evidence: {}, expected: ALL_ELIGIBLE },
  {
    name: '2 other county in the province: no transport, job-seeking 500',
    evidence: { scope: 'OTHER_COUNTY_SAME_PROVINCE' },
    expected: { ...ALL_ELIGIBLE, TRANSPORT: 'INELIGIBLE', JOB_SEEKING: 'ELIGIBLE 500' },
    reasons: { TRANSPORT: '省内县外就业，不属于省外就业' },
  },
  {
    name: '3 same county: neither job-seeking tier applies',
    evidence: { scope: 'SAME_COUNTY' },
    expected: { ...ALL_ELIGIBLE, TRANSPORT: 'INELIGIBLE', JOB_SEEKING: 'INELIGIBLE' },
    reasons: { JOB_SEEKING: '县内就业，不属于省内县外就业或省外就业' },
  },
  {
    name: '4 found the job alone (not organised, no agent)',
    evidence: { organized: false, agentOrganizationId: null, firstOrganizedPlacement: false },
    expected: { ...ALL_ELIGIBLE, JOB_SEEKING: 'INELIGIBLE', TRACKING_SERVICE: 'INELIGIBLE' },
    reasons: { JOB_SEEKING: '非有组织劳务输出', TRACKING_SERVICE: '非有组织劳务输出' },
  },
  {
    name: '5 second organised placement',
    evidence: { firstOrganizedPlacement: false },
    expected: { ...ALL_ELIGIBLE, JOB_SEEKING: 'INELIGIBLE' },
    reasons: { JOB_SEEKING: '此前已通过有组织劳务输出就业，不属于首次' },
  },
  {
    name: '6 农村低保对象 only: no transport (脱贫人口 or 监测对象 only)',
    evidence: { categoriesAtStart: ['LOW_INCOME_ALLOWANCE'] },
    expected: { ...ALL_ELIGIBLE, TRANSPORT: 'INELIGIBLE' },
    reasons: { TRANSPORT: '就业开始时（2024-03-01）不属于脱贫人口或监测对象' },
  },
  { name: '7 监测对象 only', evidence: { categoriesAtStart: ['MONITORING_TARGET'] }, expected: ALL_ELIGIBLE },
  {
    name: '8 易地搬迁人口 only',
    evidence: { categoriesAtStart: ['RELOCATED'] },
    expected: { ...ALL_ELIGIBLE, TRANSPORT: 'INELIGIBLE' },
  },
  {
    name: '9 农村特困人员 and 农村低保对象',
    evidence: { categoriesAtStart: ['EXTREME_HARDSHIP', 'LOW_INCOME_ALLOWANCE'] },
    expected: { ...ALL_ELIGIBLE, TRANSPORT: 'INELIGIBLE' },
  },
  {
    name: '10 no category held on the start date (registered later)',
    evidence: { categoriesAtStart: [] },
    expected: ALL_INELIGIBLE,
    reasons: { ABSORPTION: '不属于脱贫人口、监测对象、农村低保对象、农村特困人员或易地搬迁人口' },
  },
  {
    name: '11 stable 2 of 3 months: transport and tracking wait until May is over and confirmed',
    evidence: { confirmations: months('2024-03', 2) },
    today: '2024-05-20',
    expected: { ...ALL_ELIGIBLE, TRANSPORT: 'PENDING 2024-06-01', TRACKING_SERVICE: 'PENDING 2024-06-01' },
    reasons: { TRANSPORT: '稳定就业 2/3 个月', TRACKING_SERVICE: '缴纳社会保险 2/3 个月' },
  },
  {
    name: '12 one month confirmed, early April',
    evidence: { confirmations: months('2024-03', 1) },
    today: '2024-04-10',
    expected: { ...ALL_ELIGIBLE, TRANSPORT: 'PENDING 2024-06-01', TRACKING_SERVICE: 'PENDING 2024-06-01' },
    reasons: { TRANSPORT: '稳定就业 1/3 个月' },
  },
  {
    name: '13 April confirmed as not employed: stable employment and insurance months broken for good',
    evidence: { confirmations: [month('2024-03'), month('2024-04', false, false), month('2024-05')] },
    expected: { ...ALL_ELIGIBLE, TRANSPORT: 'INELIGIBLE', TRACKING_SERVICE: 'INELIGIBLE' },
    reasons: { TRANSPORT: '2024-04 未在岗，稳定就业中断，稳定就业 1/3 个月', TRACKING_SERVICE: '2024-04 未缴纳社会保险，连续参保中断，缴纳社会保险 1/3 个月' },
  },
  {
    name: '14 April never confirmed: pending until the employer files it',
    evidence: { confirmations: [month('2024-03'), month('2024-05')] },
    expected: { ...ALL_ELIGIBLE, TRANSPORT: 'PENDING 2024-06-15', TRACKING_SERVICE: 'PENDING 2024-06-15' },
    reasons: { TRANSPORT: '稳定就业 1/3 个月，待补 2024-04 就业确认' },
  },
  {
    name: '15 returned home after two months',
    evidence: { endDate: '2024-04-20', confirmations: months('2024-03', 2) },
    expected: { ...ALL_ELIGIBLE, TRANSPORT: 'INELIGIBLE', TRACKING_SERVICE: 'INELIGIBLE' },
    reasons: { TRANSPORT: '岗位已于 2024-04-20 结束，稳定就业 1/3 个月', TRACKING_SERVICE: '缴纳社会保险 1/3 个月' },
  },
  {
    name: '16 six-month contract',
    evidence: { contractMonths: 6 },
    expected: { ...ALL_ELIGIBLE, TRACKING_SERVICE: 'INELIGIBLE' },
    reasons: { TRACKING_SERVICE: '劳动合同 6 个月，不足 12 个月' },
  },
  { name: '17 eleven-month contract', evidence: { contractMonths: 11 }, expected: { ...ALL_ELIGIBLE, TRACKING_SERVICE: 'INELIGIBLE' } },
  { name: '18 two-year contract', evidence: { contractMonths: 24 }, expected: ALL_ELIGIBLE },
  {
    name: '19 insurance paid 2 of 3 months: the uninsured May stops the count (until corrected)',
    evidence: { confirmations: [month('2024-03'), month('2024-04'), month('2024-05', true, false)] },
    expected: { ...ALL_ELIGIBLE, TRACKING_SERVICE: 'INELIGIBLE' },
    reasons: { TRACKING_SERVICE: '2024-05 未缴纳社会保险，连续参保中断，缴纳社会保险 2/3 个月' },
  },
  {
    name: '20 never insured and the placement ended',
    evidence: { endDate: '2024-05-31', confirmations: months('2024-03', 3, true, false) },
    expected: { ...ALL_ELIGIBLE, TRACKING_SERVICE: 'INELIGIBLE' },
    reasons: { TRACKING_SERVICE: '2024-03 未缴纳社会保险，连续参保中断，缴纳社会保险 0/3 个月' },
  },
  { name: '21 hired by a cooperative', evidence: { employerKind: 'COOPERATIVE', employerSmallOrMicro: false }, expected: ALL_ELIGIBLE },
  { name: '22 hired by a family farm', evidence: { employerKind: 'FAMILY_FARM', employerSmallOrMicro: false }, expected: ALL_ELIGIBLE },
  { name: '23 hired by a workshop', evidence: { employerKind: 'WORKSHOP', employerSmallOrMicro: false }, expected: ALL_ELIGIBLE },
  { name: '24 hired by an assistance base', evidence: { employerKind: 'ASSISTANCE_BASE', employerSmallOrMicro: false }, expected: ALL_ELIGIBLE },
  {
    name: '25 hired by a large enterprise',
    evidence: { employerSmallOrMicro: false },
    expected: { ...ALL_ELIGIBLE, ABSORPTION: 'INELIGIBLE' },
    reasons: { ABSORPTION: '用人单位为企业，不属于农民合作社、家庭农场、就业帮扶车间、就业帮扶基地或小微企业' },
  },
  {
    name: '26 public-welfare post run by the bureau in the home county',
    evidence: {
      scope: 'SAME_COUNTY',
      organized: false,
      agentOrganizationId: null,
      firstOrganizedPlacement: false,
      employerOrganizationId: null,
      employerKind: null,
      employerSmallOrMicro: false,
      postingKind: 'PUBLIC_WELFARE',
    },
    expected: ALL_INELIGIBLE,
    reasons: { ABSORPTION: '没有用人单位', TRACKING_SERVICE: '没有组织就业的劳务经纪人或人力资源服务机构' },
  },
  {
    name: '27 organised by the bureau itself (no agency to pay)',
    evidence: { agentOrganizationId: null },
    expected: { ...ALL_ELIGIBLE, TRACKING_SERVICE: 'INELIGIBLE' },
    reasons: { TRACKING_SERVICE: '没有组织就业的劳务经纪人或人力资源服务机构' },
  },
  {
    name: '28 started before the policy (2020-12-20)',
    evidence: { startDate: '2020-12-20', confirmations: months('2020-12', 3) },
    today: '2021-03-15',
    expected: ALL_INELIGIBLE,
    reasons: { TRANSPORT: '就业开始日期 2020-12-20 不在贵州省就业帮扶一次性补贴有效期（2021-01-01 至 2025-12-31）内' },
  },
  {
    name: '29 started on the first day of the policy',
    evidence: { startDate: '2021-01-01', confirmations: months('2021-01', 3) },
    today: '2021-04-01',
    expected: ALL_ELIGIBLE,
  },
  {
    name: '30 started on its last day, conditions met after it ended (three months from 31 December run through 30 March)',
    evidence: { startDate: '2025-12-31', confirmations: months('2025-12', 4) },
    today: '2026-03-10',
    expected: ALL_ELIGIBLE,
  },
  {
    name: '31 started after the policy ended',
    evidence: { startDate: '2026-01-05', confirmations: months('2026-01', 3) },
    today: '2026-04-10',
    expected: ALL_INELIGIBLE,
  },
  {
    name: '32 hukou in another province',
    evidence: { hukouRegionCode: '460105' },
    expected: ALL_INELIGIBLE,
    reasons: { JOB_SEEKING: '户籍所在省份（460000）不适用贵州省就业帮扶一次性补贴（520000）' },
  },
  {
    name: '33 job-seeking subsidy already claimed through another employer',
    evidence: { existingClaims: [{ kind: 'JOB_SEEKING', claimKey: 'JOB_SEEKING' }] },
    expected: { ...ALL_ELIGIBLE, JOB_SEEKING: 'ALREADY_CLAIMED' },
  },
  {
    name: '34 transport claimed before: claimed wins over ineligible',
    evidence: { scope: 'OTHER_COUNTY_SAME_PROVINCE', existingClaims: [{ kind: 'TRANSPORT', claimKey: 'TRANSPORT' }] },
    expected: { ...ALL_ELIGIBLE, TRANSPORT: 'ALREADY_CLAIMED', JOB_SEEKING: 'ELIGIBLE 500' },
  },
  {
    name: '35 absorption claimed by another employer for this worker: this employer may still claim',
    evidence: { existingClaims: [{ kind: 'ABSORPTION', claimKey: 'ABSORPTION:employer-y' }] },
    expected: ALL_ELIGIBLE,
  },
  {
    name: '36 absorption claimed by this employer',
    evidence: { existingClaims: [{ kind: 'ABSORPTION', claimKey: 'ABSORPTION:employer-x' }] },
    expected: { ...ALL_ELIGIBLE, ABSORPTION: 'ALREADY_CLAIMED' },
    reasons: { ABSORPTION: '该用人单位已就该人员申领过吸纳就业一次性补贴' },
  },
  {
    name: '37 tracking service claimed by this agency; an absorption claim paid to the agency does not block the employer',
    evidence: {
      existingClaims: [
        { kind: 'TRACKING_SERVICE', claimKey: 'TRACKING_SERVICE:agent-a' },
        { kind: 'ABSORPTION', claimKey: 'ABSORPTION:agent-a' },
      ],
    },
    expected: { ...ALL_ELIGIBLE, TRACKING_SERVICE: 'ALREADY_CLAIMED' },
  },
  {
    name: '38 not organised, short contract, never insured: every failure listed',
    evidence: { organized: false, agentOrganizationId: null, contractMonths: 6, endDate: '2024-05-31', confirmations: months('2024-03', 3, true, false) },
    expected: { ...ALL_ELIGIBLE, JOB_SEEKING: 'INELIGIBLE', TRACKING_SERVICE: 'INELIGIBLE' },
    reasons: {
      TRACKING_SERVICE:
        '没有组织就业的劳务经纪人或人力资源服务机构；非有组织劳务输出；劳动合同 6 个月，不足 12 个月；2024-03 未缴纳社会保险，连续参保中断，缴纳社会保险 0/3 个月',
    },
  },
  {
    name: '39 a one-day job earns no absorption subsidy (the minimum: one stable month)',
    evidence: { endDate: '2024-03-01', confirmations: [month('2024-03')] },
    expected: { TRANSPORT: 'INELIGIBLE', JOB_SEEKING: 'ELIGIBLE 1000', TRACKING_SERVICE: 'INELIGIBLE', ABSORPTION: 'INELIGIBLE' },
    reasons: { ABSORPTION: '稳定就业' },
  },
  {
    name: '40 absorption waits for the first full month of a job started two weeks ago',
    evidence: { startDate: '2024-06-01', confirmations: [] },
    expected: { TRANSPORT: 'PENDING 2024-09-01', JOB_SEEKING: 'ELIGIBLE 1000', TRACKING_SERVICE: 'PENDING 2024-09-01', ABSORPTION: 'PENDING 2024-07-01' },
  },
  {
    name: '41 a man already past the statutory retirement age at the start: no labour contract, so no tracking service subsidy',
    evidence: { statutoryRetirementDate: '2024-02-01' },
    expected: { ...ALL_ELIGIBLE, TRACKING_SERVICE: 'INELIGIBLE' },
    reasons: { TRACKING_SERVICE: '就业开始时（2024-03-01）已达法定退休年龄（2024-02-01 起），不能签订劳动合同' },
  },
  {
    name: '42 retirement age reached the day after the start: the contract signed before it counts',
    evidence: { statutoryRetirementDate: '2024-03-02' },
    expected: ALL_ELIGIBLE,
  },
  {
    name: '43 the hukou county pays transport at its own standard, 300 (县级标准 under the province’s cap)',
    evidence: { countyAmounts: { 0: 300 } },
    expected: { ...ALL_ELIGIBLE, TRANSPORT: 'ELIGIBLE 300' },
    reasons: { TRANSPORT: '按县级标准 300 元（省定上限 500 元）' },
  },
  {
    name: '44 a county amount above the cap never pays more than the province’s amount',
    evidence: { countyAmounts: { 0: 800 } },
    expected: ALL_ELIGIBLE,
  },
  {
    name: '45 a county standard for the in-province job-seeking tier leaves the out-of-province tier alone',
    evidence: { countyAmounts: { 1: 300 } },
    expected: ALL_ELIGIBLE,
  },
];

describe('assess: Guizhou policy', () => {
  it('has at least 40 scenarios', () => expect(GUIZHOU_SCENARIOS.length).toBeGreaterThanOrEqual(40));

  it.each(GUIZHOU_SCENARIOS.map((s) => [s.name, s] as const))('%s', (_name, scenario) => {
    const result = assess(GUIZHOU_POLICY, { ...BASE, ...scenario.evidence }, scenario.today ?? TODAY);
    expect(summary(result)).toEqual(scenario.expected);
    for (const [kind, text] of Object.entries(scenario.reasons ?? {})) {
      expect(byKind(result, kind as SubsidyKindCode).reason).toContain(text);
    }
  });

  it('explains an eligible assessment with every condition met', () => {
    const transport = byKind(assess(GUIZHOU_POLICY, BASE, TODAY), 'TRANSPORT');
    expect(transport).toEqual({
      kind: 'TRANSPORT',
      title: '一次性交通补助',
      beneficiary: 'WORKER',
      beneficiaryOrganizationId: null,
      amount: 500,
      status: 'ELIGIBLE',
      reason: '符合条件：就业开始时（2024-03-01）属于脱贫人口；省外就业；稳定就业 3 个月（满 3 个月）',
      eligibleOn: null,
      policy: { provinceCode: '520000', name: '贵州省就业帮扶一次性补贴', version: '1' },
      ruleIndex: 0,
      claimKey: { kind: 'TRANSPORT', oncePer: 'PERSON_KIND', scope: null },
    });
  });

  it('reports one job-seeking assessment: the tier that applies, or none with amount null', () => {
    const inProvince = assess(GUIZHOU_POLICY, { ...BASE, scope: 'OTHER_COUNTY_SAME_PROVINCE' }, TODAY);
    const outside = assess(GUIZHOU_POLICY, BASE, TODAY);
    const home = assess(GUIZHOU_POLICY, { ...BASE, scope: 'SAME_COUNTY' }, TODAY);
    for (const result of [inProvince, outside, home]) expect(result.filter((a) => a.kind === 'JOB_SEEKING')).toHaveLength(1);
    expect(byKind(inProvince, 'JOB_SEEKING')).toMatchObject({ amount: 500, ruleIndex: 1 });
    expect(byKind(outside, 'JOB_SEEKING')).toMatchObject({ amount: 1000, ruleIndex: 2 });
    expect(byKind(home, 'JOB_SEEKING')).toMatchObject({
      status: 'INELIGIBLE',
      amount: null,
      ruleIndex: null,
      reason: '县内就业，不属于省内县外就业或省外就业',
    });
  });

  it('does not repeat a reason two conditions share', () => {
    const jobSeeking = byKind(assess(GUIZHOU_POLICY, { ...BASE, organized: false, firstOrganizedPlacement: false }, TODAY), 'JOB_SEEKING');
    expect(jobSeeking.reason).toBe('非有组织劳务输出');
  });

  it('names the organisation to pay and the one-off key of each kind', () => {
    const result = assess(GUIZHOU_POLICY, BASE, TODAY);
    expect(byKind(result, 'TRACKING_SERVICE')).toMatchObject({ beneficiary: 'AGENT', beneficiaryOrganizationId: 'agent-a' });
    expect(byKind(result, 'ABSORPTION')).toMatchObject({ beneficiary: 'EMPLOYER', beneficiaryOrganizationId: 'employer-x' });
    expect(result.map((a) => claimKeyString(a.claimKey))).toEqual(['TRANSPORT', 'JOB_SEEKING', 'TRACKING_SERVICE:agent-a', 'ABSORPTION:employer-x']);
  });

  it('says a subsidy was claimed without saying where or through whom', () => {
    const evidence = { ...BASE, existingClaims: [{ kind: 'JOB_SEEKING' as const, claimKey: 'JOB_SEEKING' }] };
    const jobSeeking = byKind(assess(GUIZHOU_POLICY, evidence, TODAY), 'JOB_SEEKING');
    expect(jobSeeking).toMatchObject({ status: 'ALREADY_CLAIMED', amount: 1000, eligibleOn: null });
    expect(jobSeeking.reason).toBe('该人员已申领过一次性求职创业补贴，每人限享受一次');
  });

  it('gives the latest of the earliest dates when several conditions wait', () => {
    // From 10 March, 3 stable months run through 9 June; 12 months of contract are already there.
    const evidence = { ...BASE, startDate: '2024-03-10', confirmations: [month('2024-03'), month('2024-04')] };
    const transport = byKind(assess(GUIZHOU_POLICY, evidence, '2024-05-02'), 'TRANSPORT');
    expect(transport).toMatchObject({ status: 'PENDING', eligibleOn: '2024-07-01', reason: '稳定就业 1/3 个月' });
    const tracking = byKind(assess(GUIZHOU_POLICY, evidence, '2024-05-02'), 'TRACKING_SERVICE');
    expect(tracking).toMatchObject({ status: 'PENDING', eligibleOn: '2024-07-01', reason: '缴纳社会保险 1/3 个月' });
  });

  it('counts a 30-day placement as 1 stable month at most, never 3 (31 January to 1 March)', () => {
    const evidence = { ...BASE, startDate: '2025-01-31', endDate: '2025-03-01', confirmations: months('2025-01', 3) };
    const transport = byKind(assess(GUIZHOU_POLICY, evidence, '2025-04-10'), 'TRANSPORT');
    expect(transport).toMatchObject({ status: 'INELIGIBLE', reason: expect.stringContaining('岗位已于 2025-03-01 结束，稳定就业 1/3 个月') });
  });

  it('makes a start on 31 January eligible on 1 May, once April is confirmed', () => {
    const evidence = { ...BASE, startDate: '2025-01-31', confirmations: months('2025-01', 3) };
    expect(byKind(assess(GUIZHOU_POLICY, evidence, '2025-04-10'), 'TRANSPORT')).toMatchObject({ status: 'PENDING', eligibleOn: '2025-05-01' });
    const confirmed = { ...evidence, confirmations: months('2025-01', 4) };
    expect(byKind(assess(GUIZHOU_POLICY, confirmed, '2025-05-01'), 'TRANSPORT').status).toBe('ELIGIBLE');
  });

  it('counts nothing on a cancelled placement', () => {
    const result = assess(GUIZHOU_POLICY, { ...BASE, cancelled: true }, TODAY);
    expect(summary(result)).toEqual(ALL_INELIGIBLE);
    expect(byKind(result, 'TRANSPORT').reason).toContain('该就业记录已撤销');
  });

  it('waits (类别待核实) while the only category that meets a rule is declared, and pays once it is verified', () => {
    const declared = { ...BASE, declaredCategoriesAtStart: ['POVERTY_ALLEVIATED'] as const };
    const result = assess(GUIZHOU_POLICY, declared, TODAY);
    expect(summary(result)).toEqual({
      TRANSPORT: `PENDING ${TODAY}`,
      JOB_SEEKING: `PENDING ${TODAY}`,
      TRACKING_SERVICE: `PENDING ${TODAY}`,
      ABSORPTION: `PENDING ${TODAY}`,
    });
    for (const a of result) expect(a.reason).toContain('类别待核实');
    // A verified category beside the declared one meets the rule on its own.
    const both = { ...declared, categoriesAtStart: ['POVERTY_ALLEVIATED', 'MONITORING_TARGET'] as const };
    expect(byKind(assess(GUIZHOU_POLICY, both, TODAY), 'TRANSPORT').status).toBe('ELIGIBLE');
    // A failed condition still makes it INELIGIBLE: verifying the category would not help.
    const sameCounty = { ...declared, scope: 'SAME_COUNTY' as const };
    expect(byKind(assess(GUIZHOU_POLICY, sameCounty, TODAY), 'TRANSPORT').status).toBe('INELIGIBLE');
  });

  it('does not count a small/micro declaration the bureau has not verified, and says so', () => {
    const unverified = { ...BASE, employerSmallOrMicro: false, employerSmallOrMicroUnverified: true };
    const absorption = byKind(assess(GUIZHOU_POLICY, unverified, TODAY), 'ABSORPTION');
    expect(absorption.status).toBe('INELIGIBLE');
    expect(absorption.reason).toContain('须经所在地人社部门核验');
    expect(byKind(assess(GUIZHOU_POLICY, BASE, TODAY), 'ABSORPTION').status).toBe('ELIGIBLE');
  });

  it('ignores confirmations outside the placement', () => {
    const evidence = { ...BASE, confirmations: [month('2024-01'), month('2024-02'), month('2024-03')] };
    expect(byKind(assess(GUIZHOU_POLICY, evidence, '2024-04-02'), 'TRACKING_SERVICE').reason).toBe('缴纳社会保险 1/3 个月');
  });

  it('is deterministic and leaves its inputs alone', () => {
    const evidence = Object.freeze({ ...BASE, confirmations: Object.freeze(months('2024-03', 2)) });
    expect(assess(GUIZHOU_POLICY, evidence, '2024-05-20')).toEqual(assess(GUIZHOU_POLICY, evidence, '2024-05-20'));
  });

  it('refuses malformed evidence as a programming error', () => {
    expect(() => assess(GUIZHOU_POLICY, BASE, '2024-13-01')).toThrow('today');
    expect(() => assess(GUIZHOU_POLICY, { ...BASE, endDate: '2024-01-01' }, TODAY)).toThrow('endDate');
    expect(() => assess(GUIZHOU_POLICY, { ...BASE, confirmations: [month('2024-3')] }, TODAY)).toThrow('confirmations');
  });
});

describe('assess: Hainan-style policy', () => {
  const HAINAN_BASE: PlacementEvidence = { ...BASE, hukouRegionCode: '460105', confirmations: months('2024-03', 6) };
  const run = (policy: SubsidyPolicy, evidence: Partial<PlacementEvidence>, today = '2024-09-05') => assess(policy, { ...HAINAN_BASE, ...evidence }, today);

  it('has only the kinds its rules name', () => {
    expect(run(HAINAN_POLICY, {}).map((a) => a.kind)).toEqual(['EMPLOYMENT_REWARD', 'ABSORPTION']);
  });

  it('rewards 6 continuous months away from home; a small firm gets no absorption subsidy there', () => {
    const result = run(HAINAN_POLICY, {});
    expect(summary(result)).toEqual({ EMPLOYMENT_REWARD: 'ELIGIBLE 1000', ABSORPTION: 'INELIGIBLE' });
    expect(byKind(result, 'EMPLOYMENT_REWARD').title).toBe('连续外出务工满6个月奖补');
    expect(byKind(result, 'ABSORPTION').reason).toBe('用人单位为企业（小微企业），不属于就业帮扶车间或就业帮扶基地');
  });

  it('waits for the 6th month where Guizhou transport is already due', () => {
    const evidence = { confirmations: months('2024-03', 3) };
    expect(byKind(run(HAINAN_POLICY, evidence, TODAY), 'EMPLOYMENT_REWARD')).toMatchObject({
      status: 'PENDING',
      eligibleOn: '2024-09-01',
      reason: '连续外出务工 3/6 个月',
    });
    expect(byKind(assess(GUIZHOU_POLICY, { ...BASE, ...evidence }, TODAY), 'TRANSPORT').status).toBe('ELIGIBLE');
  });

  it('pays a workshop 4,000 for a local hire, who gets no away-from-home reward', () => {
    const result = run(HAINAN_POLICY, { scope: 'SAME_COUNTY', employerKind: 'WORKSHOP', employerSmallOrMicro: false, postingKind: 'WORKSHOP' });
    expect(summary(result)).toEqual({ EMPLOYMENT_REWARD: 'INELIGIBLE', ABSORPTION: 'ELIGIBLE 4000' });
    expect(byKind(result, 'EMPLOYMENT_REWARD').reason).toBe('县内就业，不属于外出务工');
  });

  it('counts 6 continuous months after a break, where Guizhou stable months stay broken', () => {
    const confirmations = [month('2024-03'), month('2024-04'), month('2024-05', false, false), ...months('2024-06', 6)];
    expect(byKind(run(HAINAN_POLICY, { confirmations }, '2024-12-05'), 'EMPLOYMENT_REWARD').status).toBe('ELIGIBLE');
    const guizhou = assess(GUIZHOU_POLICY, { ...BASE, confirmations }, '2024-12-05');
    expect(byKind(guizhou, 'TRANSPORT').status).toBe('INELIGIBLE');
  });

  it('starts the 6-month window again after a month away from work', () => {
    const confirmations = [month('2024-03'), month('2024-04'), month('2024-05', false, false), month('2024-06')];
    expect(byKind(run(HAINAN_POLICY, { confirmations }, '2024-07-10'), 'EMPLOYMENT_REWARD')).toMatchObject({
      status: 'PENDING',
      eligibleOn: '2024-12-01',
      reason: '连续外出务工 1/6 个月',
    });
    const ended = run(HAINAN_POLICY, { confirmations, endDate: '2024-07-31' }, '2024-08-10');
    expect(byKind(ended, 'EMPLOYMENT_REWARD')).toMatchObject({ status: 'INELIGIBLE', reason: '岗位已于 2024-07-31 结束，连续外出务工最长 2/6 个月' });
  });

  it('counts the away reward per person-time (人次): a second stretch away earns it again, the same placement not twice', () => {
    const earlier = [{ kind: 'EMPLOYMENT_REWARD' as const, claimKey: 'EMPLOYMENT_REWARD:Pplacement-0' }];
    expect(byKind(run(HAINAN_POLICY, { existingClaims: earlier }), 'EMPLOYMENT_REWARD')).toMatchObject({ status: 'ELIGIBLE', amount: 1000 });
    const same = [{ kind: 'EMPLOYMENT_REWARD' as const, claimKey: 'EMPLOYMENT_REWARD:Pplacement-1' }];
    expect(byKind(run(HAINAN_POLICY, { existingClaims: same }), 'EMPLOYMENT_REWARD')).toMatchObject({
      status: 'ALREADY_CLAIMED',
      reason: '本次就业已申领过连续外出务工满6个月奖补，每次就业限申领一次',
    });
  });

  it('leaves 易地搬迁人口 out (its rules name 脱贫人口 and 监测对象 only)', () => {
    const result = run(HAINAN_POLICY, { categoriesAtStart: ['RELOCATED'], employerKind: 'WORKSHOP' });
    expect(summary(result)).toEqual({ EMPLOYMENT_REWARD: 'INELIGIBLE', ABSORPTION: 'INELIGIBLE' });
  });

  it('before the raise: workshop 1,000, base 2,000, anything else neither tier', () => {
    const at2021 = { startDate: '2021-06-01', confirmations: months('2021-06', 6) };
    const workshop = run(HAINAN_POLICY_2021, { ...at2021, employerKind: 'WORKSHOP' }, '2021-12-05');
    const base = run(HAINAN_POLICY_2021, { ...at2021, employerKind: 'ASSISTANCE_BASE' }, '2021-12-05');
    const firm = run(HAINAN_POLICY_2021, at2021, '2021-12-05');
    expect(byKind(workshop, 'ABSORPTION')).toMatchObject({ status: 'ELIGIBLE', amount: 1000, ruleIndex: 1 });
    expect(byKind(base, 'ABSORPTION')).toMatchObject({ status: 'ELIGIBLE', amount: 2000, ruleIndex: 2 });
    expect(byKind(firm, 'ABSORPTION')).toMatchObject({
      status: 'INELIGIBLE',
      amount: null,
      reason: '用人单位为企业（小微企业），不属于就业帮扶车间或就业帮扶基地',
    });
  });

  it('refuses a Guizhou worker', () => {
    expect(summary(assess(HAINAN_POLICY, BASE, '2024-09-05'))).toEqual({ EMPLOYMENT_REWARD: 'INELIGIBLE', ABSORPTION: 'INELIGIBLE' });
  });
});
