import { addDays, chinaToday, daysBetween } from '@app/common';
import { randomIdNumber, uniqueUsername } from '@app/testing';
import { createIsolatedDatabase, type IsolatedDatabase } from '../../support/isolated-database.js';
import { signUpOrganization } from '../../support/organizations.js';
import { insertPosting } from '../../support/postings-fixture.js';
import { uniquePrefix } from '../../support/search-helpers.js';
import { TEST_PASSWORD } from '../../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';

const POLICY_FIELDS =
  'id version validFrom validTo appliesUntil supersedesId supersededById claimCount immutable supersedes { version } supersededBy { version }';
const POLICIES = `query($p: String!) { subsidyPolicies(provinceCode: $p) { ${POLICY_FIELDS} } }`;
const CREATE = `mutation($input: CreateSubsidyPolicyInput!) { createSubsidyPolicy(input: $input) { ${POLICY_FIELDS} } }`;
const UPDATE = 'mutation($input: UpdateSubsidyPolicyInput!) { updateSubsidyPolicy(input: $input) { id name } }';
const COVERAGE = `query($r: String!) { subsidyPolicyCoverage(regionCode: $r) {
  regionCode today horizon uncoveredPlacements
  expiring { daysLeft continued policy { version appliesUntil } successor { version } }
  gaps { provinceCode provinceName placements firstStartDate lastStartDate reason kinds counties { regionCode name placements } } } }`;
const ELIGIBILITY =
  'query($id: ID!) { subsidyEligibility(placementId: $id) { kind status amount reason reasonCode policy { version supersedes { version } } } }';
const SUBMIT = 'mutation($input: SubmitSubsidyClaimInput!) { submitSubsidyClaim(input: $input) { id amount } }';
const REGISTER_WORKER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }';
const RECORD_LATE = 'mutation($input: RecordHistoricalPlacementInput!) { recordHistoricalPlacement(input: $input) { id } }';
const CONFIRM = 'mutation($input: ConfirmEmploymentInput!) { confirmEmployment(input: $input) { revision } }';

interface Assessment {
  kind: string;
  status: string;
  amount: number | null;
  reason: string;
  reasonCode: string | null;
  policy: { version: string; supersedes: { version: string } | null } | null;
}

/**
 * Guizhou's shipped policy ended on 2025-12-31. In a database of its own (the chain of Guizhou versions is the state
 * under test, and other suites add versions of their own): a 2026 placement is assessed POLICY_GAP, the bureau sees the
 * gap in its coverage, enters a successor with a past validFrom, and the same placement is assessed under it at once.
 */
describe('subsidy policies: succession, gaps and coverage', () => {
  let db: IsolatedDatabase;
  let t: TestApp;
  let admin: Caller;
  let province: Caller; // 贵州省 bureau: owns the province's policies
  let prefecture: Caller; // 黔南州 bureau: the worker's jurisdiction
  let yunnan: Caller;
  let employer: Caller;
  let employerOrg: string;
  let shippedId: string;
  let placementId: string;

  const byKind = (list: Assessment[]) => Object.fromEntries(list.map((a) => [a.kind, a]));
  const successorInput = (overrides: Record<string, unknown> = {}) => ({
    provinceCode: '520000',
    name: '贵州省就业帮扶一次性补贴（2026 年接续）',
    version: '2026',
    validFrom: '2026-01-01',
    validTo: addDays(chinaToday(), 30),
    rules: [{ kind: 'TRANSPORT', beneficiary: 'WORKER', amount: 400, oncePer: 'PERSON_KIND', conditions: [{ type: 'minStableMonths', months: 3 }] }],
    supersedesId: shippedId,
    ...overrides,
  });

  beforeAll(async () => {
    db = await createIsolatedDatabase();
    t = await startTestApp({ DATABASE_URL: db.url, MEILI_INDEX_PREFIX: uniquePrefix('succession') });
    admin = await t.signIn(await db.insertAccount('ADMIN'), TEST_PASSWORD);
    province = await t.signIn(await db.insertAccount('BUREAU', '520000'), TEST_PASSWORD);
    prefecture = await t.signIn(await db.insertAccount('BUREAU', '522700'), TEST_PASSWORD);
    yunnan = await t.signIn(await db.insertAccount('BUREAU', '530000'), TEST_PASSWORD);
    ({ caller: employer, organizationId: employerOrg } = await signUpOrganization(t, 'ENTERPRISE', '440306', { name: '深圳接续政策测试电子厂' }));
    shippedId = (await admin.ok(POLICIES, { p: '520000' })).subsidyPolicies[0].id;

    // A 脱贫人口 of 惠水县 hired in Shenzhen on 2026-02-01, recorded late (补录) by the bureau; three months confirmed.
    const worker = await prefecture.ok(REGISTER_WORKER, {
      input: {
        name: '韦阿兰',
        idNumber: randomIdNumber('522731'),
        hukouRegionCode: '522731',
        categories: ['POVERTY_ALLEVIATED'],
        categoriesSince: '2020-06-01',
        laborCapacity: 'FULL',
        username: uniqueUsername('w'),
        password: TEST_PASSWORD,
      },
    });
    const postingId = await insertPosting({ organizationId: employerOrg, regionCode: '440306' }, db.url);
    const input = { workerId: worker.registerWorker.id, postingId, startDate: '2026-02-01', endDate: null, contractMonths: 12, reason: '2026 年纸质务工台账' };
    placementId = (await prefecture.ok(RECORD_LATE, { input })).recordHistoricalPlacement.id;
    for (const month of ['2026-02', '2026-03', '2026-04'])
      await employer.ok(CONFIRM, { input: { placementId, month, employed: true, monthlyWage: 5200, socialInsurancePaid: true } });
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await db?.drop();
  });

  it('assesses a placement no policy covers INELIGIBLE with POLICY_GAP and a Chinese reason, never an error', async () => {
    const assessments: Assessment[] = (await prefecture.ok(ELIGIBILITY, { id: placementId })).subsidyEligibility;
    expect(assessments.map((a) => a.kind)).toEqual(['TRANSPORT', 'JOB_SEEKING', 'TRACKING_SERVICE', 'ABSORPTION']);
    for (const a of assessments)
      expect(a).toEqual({
        kind: a.kind,
        status: 'INELIGIBLE',
        amount: null,
        reasonCode: 'POLICY_GAP',
        reason: '贵州省政策已于2025-12-31到期，2026-02-01起无有效政策',
        policy: null,
      });
    const claim = await prefecture.gql(SUBMIT, { input: { placementId, kind: 'TRANSPORT' } });
    expect(claim.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'POLICY_GAP', fields: ['placementId'] });
    expect(claim.errors?.[0].message).toContain('2025-12-31到期');
  });

  it('shows the bureau the uncovered placements of its jurisdiction, by county', async () => {
    for (const caller of [province, prefecture]) {
      const coverage = (await caller.ok(COVERAGE, { r: '522700' })).subsidyPolicyCoverage;
      expect(coverage).toMatchObject({ regionCode: '522700', today: chinaToday(), horizon: addDays(chinaToday(), 90), uncoveredPlacements: 1, expiring: [] });
      expect(coverage.gaps).toEqual([
        {
          provinceCode: '520000',
          provinceName: '贵州省',
          placements: 1,
          firstStartDate: '2026-02-01',
          lastStartDate: '2026-02-01',
          reason: '贵州省政策已于2025-12-31到期，2026-02-01起无有效政策',
          kinds: ['TRANSPORT', 'JOB_SEEKING', 'TRACKING_SERVICE', 'ABSORPTION'],
          counties: [{ regionCode: '522731', name: '惠水县', placements: 1 }],
        },
      ]);
    }
    expect((await yunnan.gql(COVERAGE, { r: '522700' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await employer.gql(COVERAGE, { r: '522700' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await yunnan.ok(COVERAGE, { r: '530000' })).subsidyPolicyCoverage.uncoveredPlacements).toBe(0);
  });

  it('refuses a successor that is not the next version of its province, naming every field', async () => {
    const hainanId = (await admin.ok(POLICIES, { p: '460000' })).subsidyPolicies[0].id;
    const bad = await province.gql(CREATE, { input: successorInput({ supersedesId: hainanId, validFrom: '2020-01-01', version: '0' }) });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['supersedesId', 'validFrom', 'version'] });
    expect(bad.errors?.[0].message).toMatch(/[\u4e00-\u9fff]/);
    expect((await prefecture.gql(CREATE, { input: successorInput() })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const missing = await province.gql(CREATE, { input: successorInput({ supersedesId: '00000000-0000-4000-8000-000000000000' }) });
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'POLICY_NOT_FOUND', fields: ['supersedesId'] });
  });

  it('assesses the same placement under a successor entered later with a past validFrom, and shows the chain', async () => {
    const created = (await province.ok(CREATE, { input: successorInput() })).createSubsidyPolicy;
    expect(created).toMatchObject({
      version: '2026',
      supersedesId: shippedId,
      supersedes: { version: '1' },
      supersededBy: null,
      claimCount: 0,
      immutable: false,
    });

    const assessed = byKind((await prefecture.ok(ELIGIBILITY, { id: placementId })).subsidyEligibility);
    expect(Object.keys(assessed)).toEqual(['TRANSPORT']);
    expect(assessed.TRANSPORT).toMatchObject({ status: 'ELIGIBLE', amount: 400, reasonCode: null, policy: { version: '2026', supersedes: { version: '1' } } });

    const chain = (await admin.ok(POLICIES, { p: '520000' })).subsidyPolicies;
    expect(chain.map((p: { version: string }) => p.version)).toEqual(['1', '2026']);
    expect(chain[0]).toMatchObject({ supersededById: created.id, supersededBy: { version: '2026' }, appliesUntil: '2025-12-31' });

    const again = await province.gql(CREATE, { input: successorInput({ version: '2026-b' }) });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'POLICY_ALREADY_SUPERSEDED', fields: ['supersedesId'] });

    const coverage = (await prefecture.ok(COVERAGE, { r: '522700' })).subsidyPolicyCoverage;
    expect(coverage.uncoveredPlacements).toBe(0);
    expect(coverage.gaps).toEqual([]);
    // The successor ends within the 90-day horizon and nothing follows it: the bureau is warned.
    expect(coverage.expiring).toEqual([
      {
        daysLeft: daysBetween(chinaToday(), addDays(chinaToday(), 30)),
        continued: false,
        policy: { version: '2026', appliesUntil: addDays(chinaToday(), 30) },
        successor: null,
      },
    ]);
  });

  it('lets a version change until a claim rests on it; then only a new version corrects it, and the database agrees', async () => {
    const [, current] = (await admin.ok(POLICIES, { p: '520000' })).subsidyPolicies;
    const { supersedesId: _chain, ...fields } = successorInput();
    const renamed = (await province.ok(UPDATE, { input: { ...fields, id: current.id, name: '贵州省就业帮扶一次性补贴（2026 年接续，更正）' } }))
      .updateSubsidyPolicy;
    expect(renamed.name).toContain('更正');
    expect((await yunnan.gql(UPDATE, { input: { ...fields, id: current.id } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    expect((await prefecture.ok(SUBMIT, { input: { placementId, kind: 'TRANSPORT' } })).submitSubsidyClaim.amount).toBe(400);
    const refused = await province.gql(UPDATE, { input: { ...fields, id: current.id, rules: [{ ...fields.rules[0], amount: 500 }] } });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'POLICY_IN_USE', fields: ['id'] });
    expect(refused.errors?.[0].message).toContain('1 份补贴申请');
    const shown = (await admin.ok(POLICIES, { p: '520000' })).subsidyPolicies[1];
    expect(shown).toMatchObject({ claimCount: 1, immutable: true });

    // Even straight SQL cannot change a version a claim rests on; a write that changes nothing still passes.
    await expect(db.query(`UPDATE subsidy_policies SET rules = '[]'::jsonb WHERE id = $1`, [current.id])).rejects.toThrow(/used by a claim/);
    await expect(db.query(`UPDATE subsidy_policies SET name = name WHERE id = $1`, [current.id])).resolves.toBeDefined();

    // The correction is the next version: placements started before it took effect keep the version of their start.
    const fix = (await province.ok(CREATE, { input: successorInput({ version: '2026.1', validFrom: '2026-06-01', supersedesId: current.id }) }))
      .createSubsidyPolicy;
    expect(fix.supersedes).toEqual({ version: '2026' });
    const kept = byKind((await prefecture.ok(ELIGIBILITY, { id: placementId })).subsidyEligibility);
    expect(kept.TRANSPORT).toMatchObject({ status: 'ALREADY_CLAIMED', policy: { version: '2026' } });
  });
});
