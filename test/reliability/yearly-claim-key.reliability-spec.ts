import { randomIdNumber, uniqueUsername } from '@app/testing';
import { createIsolatedDatabase, type IsolatedDatabase } from '../support/isolated-database.js';
import { signUpOrganization } from '../support/organizations.js';
import { insertPosting } from '../support/postings-fixture.js';
import { uniquePrefix } from '../support/search-helpers.js';
import { TEST_PASSWORD } from '../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../support/test-app.js';

const REGISTER_WORKER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }';
const RECORD_LATE = 'mutation($input: RecordHistoricalPlacementInput!) { recordHistoricalPlacement(input: $input) { id } }';
const SUBMIT = 'mutation($input: SubmitSubsidyClaimInput!) { submitSubsidyClaim(input: $input) { id } }';
const ELIGIBILITY = 'query($id: ID!) { subsidyEligibility(placementId: $id) { kind status reason } }';

/**
 * A once-per-year key (Gansu's yearly transport support) under load: 100 concurrent submissions for one person and
 * one year, spread over two placements of that year, yield exactly one claim; the database's unique index on the key
 * decides, not the order the requests happen to arrive in. A placement of the next year still gets its own.
 */
describe('100 concurrent claims of one per-year key yield exactly one', () => {
  let db: IsolatedDatabase;
  let t: TestApp;
  let bureau: Caller;
  let workerId: string;
  const placements: string[] = [];

  beforeAll(async () => {
    db = await createIsolatedDatabase();
    t = await startTestApp({ DATABASE_URL: db.url, MEILI_INDEX_PREFIX: uniquePrefix('yearly'), OUTBOX_RELAY: 'false' });
    const admin = await t.signIn(await db.insertAccount('ADMIN'), TEST_PASSWORD);
    bureau = await t.signIn(await db.insertAccount('BUREAU', '620100'), TEST_PASSWORD);
    await admin.ok('mutation($input: CreateSubsidyPolicyInput!) { createSubsidyPolicy(input: $input) { id } }', {
      input: {
        provinceCode: '620000',
        name: '甘肃省脱贫劳动力外出务工交通补助（测试）',
        version: '1',
        validFrom: '2024-01-01',
        validTo: '2027-12-31',
        rules: [
          { kind: 'TRANSPORT', beneficiary: 'WORKER', amount: 300, oncePer: 'PERSON_KIND_YEAR', conditions: [{ type: 'scope', anyOf: ['OTHER_PROVINCE'] }] },
        ],
      },
    });
    const employer = await signUpOrganization(t, 'ENTERPRISE', '330102', { name: '杭州按年补助测试厂' });
    const input = {
      name: '马小花',
      idNumber: randomIdNumber('620102'),
      hukouRegionCode: '620102',
      categories: ['POVERTY_ALLEVIATED'],
      categoriesSince: '2020-01-01',
      laborCapacity: 'FULL',
      username: uniqueUsername('w'),
      password: TEST_PASSWORD,
    };
    workerId = (await bureau.ok(REGISTER_WORKER, { input })).registerWorker.id;
    // Two jobs one after the other in 2025, and one in 2026 (recorded late from the bureau's ledger).
    for (const [startDate, endDate] of [
      ['2025-01-06', '2025-05-31'],
      ['2025-06-02', '2025-12-31'],
      ['2026-01-05', '2026-06-30'],
    ]) {
      const postingId = await insertPosting({ organizationId: employer.organizationId, regionCode: '330102', partnerRegionCodes: ['620000'] }, db.url);
      const placement = { workerId, postingId, startDate, endDate, contractMonths: 6, reason: '纸质务工台账补录' };
      placements.push((await bureau.ok(RECORD_LATE, { input: placement })).recordHistoricalPlacement.id);
    }
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await db?.drop();
  });

  it('accepts one of 100 concurrent submissions across two placements of the same year', async () => {
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => bureau.gql(SUBMIT, { input: { placementId: placements[i % 2], kind: 'TRANSPORT' } })),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).every((r) => r.errors![0].extensions?.code === 'CONFLICT')).toBe(true);
    const rows = await db.query<{ key: string; n: number }>(`SELECT claim_key AS key, count(*)::int AS n FROM subsidy_claims WHERE worker_id = $1 GROUP BY 1`, [
      workerId,
    ]);
    expect(rows).toEqual([{ key: 'TRANSPORT:Y2025', n: 1 }]);
    for (const id of placements.slice(0, 2)) {
      const [transport] = (await bureau.ok(ELIGIBILITY, { id })).subsidyEligibility;
      expect(transport).toMatchObject({ status: 'ALREADY_CLAIMED', reason: expect.stringContaining('2025年已申领过') });
    }
  });

  it('still pays the same person once in the next year', async () => {
    expect((await bureau.ok(SUBMIT, { input: { placementId: placements[2], kind: 'TRANSPORT' } })).submitSubsidyClaim.id).toBeTruthy();
    const again = await bureau.gql(SUBMIT, { input: { placementId: placements[2], kind: 'TRANSPORT' } });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
  });
});
