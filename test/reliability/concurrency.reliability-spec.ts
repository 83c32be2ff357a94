import { chinaToday } from '@app/common';
import { randomIdNumber, uniqueUsername } from '@app/testing';
import { acceptRegistration } from '../support/accepted-workers.js';
import { signUpOrganization, verifyWorkerCategories } from '../support/organizations.js';
import { insertPosting, queryOne } from '../support/postings-fixture.js';
import { insertAccount, TEST_PASSWORD } from '../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../support/test-app.js';

const REGISTER_WORKER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }';
const NOMINATE = 'mutation($postingId: ID!, $workerIds: [ID!]!) { nominateWorkers(input: { postingId: $postingId, workerIds: $workerIds }) { id } }';
const HIRE = 'mutation($input: HireInput!) { hire(input: $input) { id } }';
const APPLY = 'mutation($input: ApplyToPostingInput!) { applyToPosting(input: $input) { id } }';
const RECORD_LATE = 'mutation($input: RecordHistoricalPlacementInput!) { recordHistoricalPlacement(input: $input) { id } }';
const CONFIRM = 'mutation($input: ConfirmEmploymentInput!) { confirmEmployment(input: $input) { revision } }';
const SUBMIT = 'mutation($input: SubmitSubsidyClaimInput!) { submitSubsidyClaim(input: $input) { id } }';

/** 100 requests at once against the same row: the database constraints must let exactly one through. */
describe('concurrency: exactly one winner', () => {
  let t: TestApp;
  let bureau: Caller;
  let employer: Caller;
  let employerOrg: string;
  let agent: Caller;
  let agentOrg: string;

  async function workers(n: number, extra: Record<string, unknown> = {}): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const input = {
        name: '并发测试',
        idNumber: randomIdNumber('522731'),
        hukouRegionCode: '522731',
        categories: ['POVERTY_ALLEVIATED'],
        categoriesSince: '2020-01-01',
        laborCapacity: 'FULL',
        ...extra,
      };
      const id: string = (await agent.ok(REGISTER_WORKER, { input })).registerWorker.id;
      // An agency's registration waits for the county bureau (issue 15, item 4).
      await acceptRegistration(bureau, id);
      ids.push(id);
    }
    return ids;
  }

  beforeAll(async () => {
    t = await startTestApp();
    bureau = await t.signIn(await insertAccount('BUREAU', '522700'), TEST_PASSWORD);
    ({ caller: employer, organizationId: employerOrg } = await signUpOrganization(t, 'ENTERPRISE', '440306', { smallOrMicro: true }));
    // Vetted organisations: the agency registers workers and nominates once its bureau verified it.
    ({ caller: agent, organizationId: agentOrg } = await signUpOrganization(t, 'LABOR_AGENCY', '522731', { verifiedBy: bureau }));
  });

  afterAll(() => t.close());

  it('gives the last opening to exactly one of 100 concurrent hires', async () => {
    const postingId = await insertPosting({ organizationId: employerOrg, headcount: 1 });
    const nominated = (await agent.ok(NOMINATE, { postingId, workerIds: await workers(100) })).nominateWorkers;
    const results = await Promise.all(
      nominated.map((a: { id: string }) => employer.gql(HIRE, { input: { applicationId: a.id, startDate: chinaToday(), contractMonths: 12 } })),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(new Set(results.filter((r) => r.errors).map((r) => `${r.errors![0].extensions?.code} ${r.errors![0].extensions?.reason}`))).toEqual(
      new Set(['CONFLICT POSTING_FULL']),
    );
    expect(await queryOne('SELECT active_placements, status FROM postings WHERE id = $1', [postingId])).toEqual({ active_placements: 1, status: 'FILLED' });
    expect(await queryOne('SELECT count(*)::int AS n FROM placements WHERE posting_id = $1', [postingId])).toEqual({ n: 1 });
  }, 120_000);

  it('gives one worker exactly one of 10 public-welfare posts hired at the same moment', async () => {
    // Welfare posts take no nominations: the worker (registered by the bureau, categories verified) applies to each.
    const username = uniqueUsername('welfare');
    const input = {
      name: '并发测试',
      idNumber: randomIdNumber('522731'),
      hukouRegionCode: '522731',
      categories: ['POVERTY_ALLEVIATED'],
      categoriesSince: '2020-01-01',
      laborCapacity: 'WEAK',
      username,
      password: TEST_PASSWORD,
    };
    const workerId: string = (await bureau.ok(REGISTER_WORKER, { input })).registerWorker.id;
    const worker = await t.signIn(username, TEST_PASSWORD);
    const posts = await Promise.all(
      Array.from({ length: 10 }, (_, i) => insertPosting({ organizationId: null, kind: 'PUBLIC_WELFARE', regionCode: '522731', title: `护林员${i}` })),
    );
    const applications: string[] = [];
    for (const postingId of posts) applications.push((await worker.ok(APPLY, { input: { postingId } })).applyToPosting.id);
    const results = await Promise.all(
      applications.map((applicationId) => bureau.gql(HIRE, { input: { applicationId, startDate: chinaToday(), contractMonths: 12 } })),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).every((r) => r.errors![0].extensions?.code === 'CONFLICT')).toBe(true);
    expect(await queryOne(`SELECT count(*)::int AS n FROM placements WHERE worker_id = $1 AND status = 'ACTIVE'`, [workerId])).toEqual({ n: 1 });
  }, 60_000);

  it('accepts exactly one of 100 concurrent submissions of the same one-off subsidy', async () => {
    const [workerId] = await workers(1);
    // The agency declared the worker's category; the bureau verifies it before a subsidy rests on it.
    await verifyWorkerCategories(bureau, workerId);
    const postingId = await insertPosting({ organizationId: employerOrg, regionCode: '440306' });
    // A placement of 2025 (while Guizhou's policy was in force) is recorded by the bureau, as any placement older than 31 days.
    const placementId = (
      await bureau.ok(RECORD_LATE, {
        input: { workerId, postingId, agencyId: agentOrg, startDate: '2025-09-01', contractMonths: 12, reason: '2025 年纸质务工台账' },
      })
    ).recordHistoricalPlacement.id;
    for (const month of ['2025-09', '2025-10', '2025-11']) {
      await employer.ok(CONFIRM, { input: { placementId, month, employed: true, monthlyWage: 5000, socialInsurancePaid: true } });
    }
    const results = await Promise.all(Array.from({ length: 100 }, () => bureau.gql(SUBMIT, { input: { placementId, kind: 'TRANSPORT' } })));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).every((r) => r.errors![0].extensions?.code === 'CONFLICT')).toBe(true);
    expect(await queryOne(`SELECT count(*)::int AS n FROM subsidy_claims WHERE worker_id = $1 AND kind = 'TRANSPORT'`, [workerId])).toEqual({ n: 1 });
  }, 60_000);
});
