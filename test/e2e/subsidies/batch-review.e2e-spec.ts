import { randomUUID } from 'node:crypto';
import { randomIdNumber, uniqueUsername } from '@app/testing';
import { signUpOrganization } from '../../support/organizations.js';
import { insertPosting, queryOne } from '../../support/postings-fixture.js';
import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';

const REGISTER_WORKER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }';
const RECORD_LATE = 'mutation($input: RecordHistoricalPlacementInput!) { recordHistoricalPlacement(input: $input) { id } }';
const CONFIRM = 'mutation($input: ConfirmEmploymentInput!) { confirmEmployment(input: $input) { revision } }';
const SUBMIT = 'mutation($input: SubmitSubsidyClaimInput!) { submitSubsidyClaim(input: $input) { id status } }';
const REVIEW = 'mutation($input: ReviewSubsidyClaimInput!) { reviewSubsidyClaim(input: $input) { id status } }';
const REVIEW_MANY = `mutation($input: ReviewSubsidyClaimsInput!) { reviewSubsidyClaims(input: $input) {
  succeeded failed items { index claimId claim { id status reviewNote } error { code reason message fields } } } }`;

type Item = { index: number; claimId: string; claim: { id: string; status: string; reviewNote: string | null } | null; error: Record<string, unknown> | null };

/**
 * 批量审核: reviewSubsidyClaims decides up to 500 claims alike, each through the rules of reviewSubsidyClaim in its own
 * transaction: one refused item (four eyes, wrong status, unknown id) never blocks the others, and each refusal is the
 * one the single mutation gives.
 */
describe('reviewSubsidyClaims: batch approve or reject', () => {
  let t: TestApp;
  let clerk: Caller; // 黔南州, first account
  let reviewer: Caller; // 黔南州, second account
  let kunming: Caller;
  let admin: Caller;
  let employer: Caller;
  let employerOrg: string;
  let agent: Caller;

  beforeAll(async () => {
    t = await startTestApp();
    clerk = await t.signIn(await insertAccount('BUREAU', '522700'), TEST_PASSWORD);
    reviewer = await t.signIn(await insertAccount('BUREAU', '522700'), TEST_PASSWORD);
    kunming = await t.signIn(await insertAccount('BUREAU', '530100'), TEST_PASSWORD);
    admin = await t.signIn(await insertAccount('ADMIN'), TEST_PASSWORD);
    ({ caller: employer, organizationId: employerOrg } = await signUpOrganization(t, 'ENTERPRISE', '440306'));
    ({ caller: agent } = await signUpOrganization(t, 'LABOR_AGENCY', '522731'));
  });

  afterAll(() => t.close());

  /** A claim on an eligible placement (TRANSPORT), submitted by the bureau clerk on the worker's behalf or by the worker. */
  async function claim(by: 'clerk' | 'worker'): Promise<{ id: string; worker: Caller }> {
    const username = uniqueUsername('w');
    const input = {
      name: '王阿妹',
      idNumber: randomIdNumber('522731'),
      hukouRegionCode: '522731',
      categories: ['POVERTY_ALLEVIATED'],
      categoriesSince: '2020-06-01',
      laborCapacity: 'FULL',
      username,
      password: TEST_PASSWORD,
    };
    const workerId = (await clerk.ok(REGISTER_WORKER, { input })).registerWorker.id;
    const postingId = await insertPosting({ organizationId: employerOrg, regionCode: '440306' });
    const late = { workerId, postingId, startDate: '2025-09-01', endDate: null, contractMonths: 12, reason: '2025 年纸质务工台账' };
    const placementId = (await clerk.ok(RECORD_LATE, { input: late })).recordHistoricalPlacement.id;
    for (const month of ['2025-09', '2025-10', '2025-11'])
      await employer.ok(CONFIRM, { input: { placementId, month, employed: true, monthlyWage: 5200, socialInsurancePaid: true } });
    const worker = await t.signIn(username, TEST_PASSWORD);
    const submitter = by === 'clerk' ? clerk : worker;
    return { id: (await submitter.ok(SUBMIT, { input: { placementId, kind: 'TRANSPORT' } })).submitSubsidyClaim.id, worker };
  }

  it('approves each claim it may, and answers each one it may not with the single call’s error, in input order', async () => {
    const onBehalf = await claim('clerk'); // the clerk submitted it: four eyes
    const byWorker = await claim('worker');
    const decided = await claim('worker');
    await reviewer.ok(REVIEW, { input: { claimId: decided.id, approve: true, note: '材料齐全' } });
    const unknown = randomUUID();
    const claimIds = [onBehalf.id, byWorker.id, decided.id, unknown];
    const result = (await clerk.ok(REVIEW_MANY, { input: { claimIds, approve: true, note: '材料齐全，批量审核' } })).reviewSubsidyClaims;
    expect(result).toMatchObject({ succeeded: 1, failed: 3 });
    const items: Item[] = result.items;
    expect(items.map((i) => [i.index, i.claimId])).toEqual(claimIds.map((id, index) => [index, id]));
    expect(items[1]).toMatchObject({ claim: { id: byWorker.id, status: 'APPROVED', reviewNote: '材料齐全，批量审核' }, error: null });
    expect(items[0].claim).toBeNull();
    expect(items[2]).toMatchObject({ claim: null, error: { code: 'BAD_USER_INPUT', reason: 'CLAIM_TRANSITION', fields: ['claimId'] } });
    expect(items[3]).toMatchObject({ claim: null, error: { reason: 'CLAIM_NOT_FOUND' } });
    // The four-eyes refusal is the one reviewSubsidyClaim answers, word for word.
    const single = await clerk.gql(REVIEW, { input: { claimId: onBehalf.id, approve: true, note: '材料齐全' } });
    const { code, reason } = single.errors![0].extensions!;
    expect(items[0].error).toEqual({ code, reason, message: expect.any(String), fields: ['claimId'] });
    expect(reason).toBe('SUBMITTER_CANNOT_APPROVE');
    expect(single.errors![0].message).toContain(items[0].error!.message as string);
    // Each decision is audited like a single one; the refused one is still open for a second account.
    expect(await queryOne(`SELECT count(*)::int AS n FROM audit_log WHERE subject_id = $1 AND action = 'subsidy_claim.approved'`, [byWorker.id])).toEqual({
      n: 1,
    });
    const second = (await reviewer.ok(REVIEW_MANY, { input: { claimIds: [onBehalf.id], approve: true, note: '复核通过' } })).reviewSubsidyClaims;
    expect(second).toMatchObject({ succeeded: 1, failed: 0, items: [{ claim: { status: 'APPROVED' }, error: null }] });
  });

  it('rejects with a note, and refuses each item of a rejection without one on `note`', async () => {
    const a = await claim('clerk'); // the submitter may reject its own submission
    const b = await claim('worker');
    const bare = (await clerk.ok(REVIEW_MANY, { input: { claimIds: [a.id, b.id], approve: false } })).reviewSubsidyClaims;
    expect(bare).toMatchObject({ succeeded: 0, failed: 2 });
    for (const item of bare.items as Item[]) {
      expect(item.error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REJECTION_NOTE_REQUIRED', fields: ['note'] });
      expect(item.error!.message).toContain('驳回时请说明原因');
    }
    const noted = (await clerk.ok(REVIEW_MANY, { input: { claimIds: [a.id, b.id], approve: false, note: '10月未在岗，不满3个月' } })).reviewSubsidyClaims;
    expect(noted).toMatchObject({ succeeded: 2, failed: 0 });
    for (const item of noted.items as Item[]) expect(item.claim).toMatchObject({ status: 'REJECTED', reviewNote: '10月未在岗，不满3个月' });
  });

  it('refuses each claim outside the jurisdiction, and every other role outright', async () => {
    const c = await claim('worker');
    const outside = (await kunming.ok(REVIEW_MANY, { input: { claimIds: [c.id], approve: true, note: '材料齐全' } })).reviewSubsidyClaims;
    expect(outside).toMatchObject({ succeeded: 0, failed: 1, items: [{ claim: null, error: { code: 'FORBIDDEN', reason: 'OUTSIDE_JURISDICTION' } }] });
    for (const caller of [admin, employer, agent, c.worker]) {
      const result = await caller.gql(REVIEW_MANY, { input: { claimIds: [c.id], approve: true, note: '材料齐全' } });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_REQUIRED' });
    }
    expect(await t.anonymous.errorCode(REVIEW_MANY, { input: { claimIds: [c.id], approve: true } })).toBe('UNAUTHENTICATED');
    // Nothing happened to it.
    expect(await queryOne('SELECT status FROM subsidy_claims WHERE id = $1', [c.id])).toEqual({ status: 'SUBMITTED' });
  });

  it('takes 1 to 500 claim ids', async () => {
    const none = await clerk.gql(REVIEW_MANY, { input: { claimIds: [], approve: true } });
    expect(none.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['claimIds'] });
    const many = await clerk.gql(REVIEW_MANY, { input: { claimIds: Array.from({ length: 501 }, () => randomUUID()), approve: true } });
    expect(many.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['claimIds'] });
  });
});
