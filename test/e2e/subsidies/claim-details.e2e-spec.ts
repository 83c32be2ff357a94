import { DataSource } from 'typeorm';
import { signUpOrganization } from '../../support/organizations.js';
import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { recordLatePlacement } from '../../support/late-placement.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';

const SUBMIT = 'mutation($input: SubmitSubsidyClaimInput!) { submitSubsidyClaim(input: $input) { id } }';
const CLAIMS_WITH_DETAILS = `query($filter: SubsidyClaimFilterInput) { subsidyClaims(filter: $filter, first: 100) { totalCount edges { node {
  id kind amount workerId placementId
  worker { id name maskedIdNumber birthDate age }
  placement { id startDate recordedLate employer { name } }
  employer { id name }
  policy { id name version provinceCode }
} } } }`;

/**
 * A reviewer reads a claim with everything it rests on in one query: who (name and masked ID, never the birth date),
 * which placement, which employer, which policy version, batched so a page of claims costs the same few queries as
 * one claim.
 */
describe('a subsidy claim shows its worker, placement, employer and policy', () => {
  let t: TestApp;
  let clerk: Caller;
  let employer: Caller;
  let employerOrg: string;
  const names = ['龙阿妹', '杨老二', '吴小花'];

  async function claimFor(name: string): Promise<void> {
    const late = { bureau: clerk, employer, employerOrganizationId: employerOrg, county: '522727', name, startDate: '2025-09-01' };
    const { placementId } = await recordLatePlacement({ ...late, months: ['2025-09', '2025-10', '2025-11'] });
    await clerk.ok(SUBMIT, { input: { placementId, kind: 'TRANSPORT' } });
  }

  /** How many SQL statements the API sends while answering one request (every statement passes the query runner). */
  async function statementsFor(caller: Caller, query: string, variables: Record<string, unknown>): Promise<number> {
    const runner = Object.getPrototypeOf(t.app.get(DataSource).createQueryRunner()) as { query: (...args: unknown[]) => Promise<unknown> };
    const original = runner.query;
    let count = 0;
    runner.query = function (this: unknown, ...args: unknown[]) {
      count += 1;
      return original.apply(this, args);
    };
    try {
      await caller.ok(query, variables);
      return count;
    } finally {
      runner.query = original;
    }
  }

  beforeAll(async () => {
    // No background jobs in this process: the relay's and rollup's statements would be counted too.
    t = await startTestApp({ OUTBOX_RELAY: 'false' });
    clerk = await t.signIn(await insertAccount('BUREAU', '522727'), TEST_PASSWORD);
    ({ caller: employer, organizationId: employerOrg } = await signUpOrganization(t, 'ENTERPRISE', '440306', { name: '深圳补贴明细测试厂' }));
    for (const name of names) await claimFor(name);
  }, 120_000);

  afterAll(() => t.close());

  it('answers a reviewer in one query: name and masked ID, placement, employer, policy version', async () => {
    const data = await clerk.ok(CLAIMS_WITH_DETAILS, { filter: { regionCode: '522727' } });
    const mine = data.subsidyClaims.edges
      .map((e: { node: Record<string, any> }) => e.node)
      .filter((c: { worker: { name: string } }) => names.includes(c.worker.name));
    expect(mine).toHaveLength(3);
    for (const claim of mine) {
      expect(claim.worker).toMatchObject({ id: claim.workerId, birthDate: null });
      expect(claim.worker.maskedIdNumber).toMatch(/^522727\*{11}[\dX]$/);
      expect(claim.placement).toEqual({ id: claim.placementId, startDate: '2025-09-01', recordedLate: true, employer: { name: '深圳补贴明细测试厂' } });
      expect(claim.employer).toEqual({ id: employerOrg, name: '深圳补贴明细测试厂' });
      expect(claim.policy).toMatchObject({ provinceCode: '520000', version: '1', name: '贵州省就业帮扶一次性补贴' });
    }
  });

  it('costs the same number of statements for three claims as for one (no query per claim)', async () => {
    await statementsFor(clerk, CLAIMS_WITH_DETAILS, { filter: { regionCode: '522727' } }); // warm: first-use lookups are cached
    const one = await statementsFor(clerk, CLAIMS_WITH_DETAILS.replace('first: 100', 'first: 1'), { filter: { regionCode: '522727' } });
    const three = await statementsFor(clerk, CLAIMS_WITH_DETAILS.replace('first: 100', 'first: 3'), { filter: { regionCode: '522727' } });
    expect(one).toBeGreaterThan(0);
    expect(three).toBe(one);
  });
});
