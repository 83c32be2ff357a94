import { chinaToday } from '@app/common';
import { randomIdNumber, uniqueUsername } from '@app/testing';
import { signUpOrganization } from '../../support/organizations.js';
import { queryOne } from '../../support/postings-fixture.js';
import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';

const FIELDS = 'id organizationId regionCode level title amount cap basis policyId status reviewNote paidOn paymentReference';
const GRANT = `mutation($input: GrantOrganizationAwardInput!) { grantOrganizationAward(input: $input) { ${FIELDS} } }`;
const REVIEW = `mutation($input: ReviewOrganizationAwardInput!) { reviewOrganizationAward(input: $input) { ${FIELDS} } }`;
const PAY = `mutation($input: MarkOrganizationAwardPaidInput!) { markOrganizationAwardPaid(input: $input) { ${FIELDS} } }`;
const LIST = `query($filter: OrganizationAwardFilterInput, $first: Int) {
  organizationAwards(filter: $filter, first: $first) { totalCount edges { node { id organizationId status } } }
}`;
const POLICIES = 'query($p: String!) { subsidyPolicies(provinceCode: $p) { id version } }';
const REGISTER_WORKER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }';

const BASIS = '2025 年吸纳三类人员 38 人，其中稳定就业 6 个月以上 31 人';

/**
 * One-off awards to workshops and bases (一次性奖补): a bureau of the organisation's region proposes, a second account
 * approves, an account other than the approver pays; once per organisation and level; within the cited policy's cap.
 */
describe('organisation awards', () => {
  let t: TestApp;
  let proposer: Caller; // 黔南州 bureau, first account
  let approver: Caller; // 黔南州 bureau, second account
  let elsewhere: Caller; // 遵义市 bureau: another jurisdiction
  let admin: Caller;
  let worker: Caller;
  let agent: Caller;
  let workshop: { caller: Caller; organizationId: string };
  let otherWorkshop: { caller: Caller; organizationId: string };
  let proposerName: string;
  let approverName: string;
  let guizhouPolicy: string;
  let hainanPolicy: string;

  beforeAll(async () => {
    t = await startTestApp();
    [proposerName, approverName] = [await insertAccount('BUREAU', '522700'), await insertAccount('BUREAU', '522700')];
    proposer = await t.signIn(proposerName, TEST_PASSWORD);
    approver = await t.signIn(approverName, TEST_PASSWORD);
    elsewhere = await t.signIn(await insertAccount('BUREAU', '520300'), TEST_PASSWORD);
    admin = await t.signIn(await insertAccount('ADMIN'), TEST_PASSWORD);
    workshop = await signUpOrganization(t, 'WORKSHOP', '522731', { name: '惠水县扶贫车间', verifiedBy: proposer });
    otherWorkshop = await signUpOrganization(t, 'WORKSHOP', '522731', { name: '惠水县另一车间', verifiedBy: proposer });
    ({ caller: agent } = await signUpOrganization(t, 'LABOR_AGENCY', '522731', { verifiedBy: proposer }));
    const username = uniqueUsername('w');
    await proposer.ok(REGISTER_WORKER, {
      input: {
        name: '杨阿妹',
        idNumber: randomIdNumber('522731'),
        hukouRegionCode: '522731',
        categories: ['POVERTY_ALLEVIATED'],
        categoriesSince: '2020-06-01',
        laborCapacity: 'FULL',
        username,
        password: TEST_PASSWORD,
      },
    });
    worker = await t.signIn(username, TEST_PASSWORD);
    guizhouPolicy = (await admin.ok(POLICIES, { p: '520000' })).subsidyPolicies[0].id;
    hainanPolicy = (await admin.ok(POLICIES, { p: '460000' })).subsidyPolicies[0].id;
  });

  afterAll(() => t.close());

  /** A verified organisation of 惠水县 of the given kind, for a fresh once-per key. */
  async function newOrganization(kind: 'WORKSHOP' | 'ASSISTANCE_BASE' | 'ENTERPRISE', verified = true): Promise<string> {
    return (await signUpOrganization(t, kind, '522731', verified ? { verifiedBy: proposer } : {})).organizationId;
  }

  const grantInput = (organizationId: string, change: Record<string, unknown> = {}) => ({
    organizationId,
    level: 'WORKSHOP',
    amount: 10_000,
    basis: BASIS,
    policyId: guizhouPolicy,
    ...change,
  });

  it('proposes, approves with a second account and pays, each step audited', async () => {
    const proposed = (await proposer.ok(GRANT, { input: grantInput(workshop.organizationId) })).grantOrganizationAward;
    expect(proposed).toMatchObject({
      organizationId: workshop.organizationId,
      regionCode: '522731',
      level: 'WORKSHOP',
      title: '就业帮扶车间一次性奖补',
      amount: 10_000,
      cap: 10_000,
      status: 'PROPOSED',
      policyId: guizhouPolicy,
    });
    const approved = (await approver.ok(REVIEW, { input: { awardId: proposed.id, approve: true, note: '经实地核查' } })).reviewOrganizationAward;
    expect(approved).toMatchObject({ status: 'APPROVED', reviewNote: '经实地核查' });
    const paid = (await proposer.ok(PAY, { input: { awardId: proposed.id, paidOn: chinaToday(), reference: 'QN-AWARD-0001' } })).markOrganizationAwardPaid;
    expect(paid).toMatchObject({ status: 'PAID', paidOn: chinaToday(), paymentReference: 'QN-AWARD-0001' });
    const audit = await queryOne<{ entries: Array<{ action: string; actor: string }> }>(
      `SELECT json_agg(json_build_object('action', l.action, 'actor', a.username) ORDER BY l.id) AS entries
         FROM audit_log l JOIN accounts a ON a.id = l.actor_account_id WHERE l.subject_type = 'organization_award' AND l.subject_id = $1`,
      [proposed.id],
    );
    expect(audit.entries).toEqual([
      { action: 'organization_award.proposed', actor: proposerName },
      { action: 'organization_award.approved', actor: approverName },
      { action: 'organization_award.paid', actor: proposerName },
    ]);
  });

  describe('four eyes', () => {
    it('refuses the proposing account approving its own proposal', async () => {
      const award = (await proposer.ok(GRANT, { input: grantInput(await newOrganization('WORKSHOP')) })).grantOrganizationAward;
      const refused = await proposer.gql(REVIEW, { input: { awardId: award.id, approve: true } });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SUBMITTER_CANNOT_APPROVE' });
      expect(refused.errors?.[0].message).toContain('第二个账号');
      // Rejecting its own proposal (withdrawing it) is no money moving: allowed, with a reason.
      expect((await proposer.ok(REVIEW, { input: { awardId: award.id, approve: false, note: '材料有误，撤回' } })).reviewOrganizationAward.status).toBe(
        'REJECTED',
      );
    });

    it('refuses the approving account recording the payment', async () => {
      const award = (await proposer.ok(GRANT, { input: grantInput(await newOrganization('WORKSHOP')) })).grantOrganizationAward;
      await approver.ok(REVIEW, { input: { awardId: award.id, approve: true } });
      const refused = await approver.gql(PAY, { input: { awardId: award.id, paidOn: chinaToday(), reference: 'QN-AWARD-0002' } });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'APPROVER_CANNOT_PAY' });
      expect((await queryOne<{ status: string }>('SELECT status FROM organization_awards WHERE id = $1', [award.id])).status).toBe('APPROVED');
    });
  });

  describe('once per organisation and level', () => {
    it('keeps one of two concurrent proposals; the other is CONFLICT naming the level', async () => {
      const organizationId = await newOrganization('ASSISTANCE_BASE');
      const input = grantInput(organizationId, { level: 'ASSISTANCE_BASE', amount: 30_000 });
      const results = await Promise.all([proposer.gql(GRANT, { input }), approver.gql(GRANT, { input })]);
      const refused = results.filter((r) => r.errors);
      expect(results.filter((r) => r.data?.grantOrganizationAward)).toHaveLength(1);
      expect(refused).toHaveLength(1);
      expect(refused[0].errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_AWARDED', fields: ['level'] });
      expect(refused[0].errors?.[0].message).toContain('就业帮扶基地一次性奖补');
      const rows = await queryOne<{ n: number }>('SELECT count(*)::int AS n FROM organization_awards WHERE organization_id = $1', [organizationId]);
      expect(rows.n).toBe(1);
    });

    it('lets another level follow, and a new proposal follow a rejected one', async () => {
      const organizationId = await newOrganization('ASSISTANCE_BASE');
      const base = (await proposer.ok(GRANT, { input: grantInput(organizationId, { level: 'ASSISTANCE_BASE', amount: 30_000 }) })).grantOrganizationAward;
      const demonstration = { level: 'PROVINCIAL_DEMONSTRATION_BASE', amount: 100_000 };
      expect((await proposer.ok(GRANT, { input: grantInput(organizationId, demonstration) })).grantOrganizationAward.cap).toBe(100_000);
      await approver.ok(REVIEW, { input: { awardId: base.id, approve: false, note: '人数不足' } });
      expect(
        (await proposer.ok(GRANT, { input: grantInput(organizationId, { level: 'ASSISTANCE_BASE', amount: 25_000 }) })).grantOrganizationAward.status,
      ).toBe('PROPOSED');
    });
  });

  describe('what a proposal must satisfy', () => {
    it('keeps the amount within the cited policy’s cap', async () => {
      const refused = await proposer.gql(GRANT, { input: grantInput(await newOrganization('WORKSHOP'), { amount: 10_001 }) });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'AWARD_OVER_CAP', fields: ['amount'] });
      expect(refused.errors?.[0].message).toBe('amount：贵州省就业帮扶一次性补贴（1）规定就业帮扶车间一次性奖补最高 10000 元，不能超过');
    });

    it('without a policy the bureau decides the amount on its written basis (no cap)', async () => {
      const award = (await proposer.ok(GRANT, { input: grantInput(await newOrganization('WORKSHOP'), { amount: 12_000, policyId: null }) }))
        .grantOrganizationAward;
      expect(award).toMatchObject({ amount: 12_000, cap: null, policyId: null });
    });

    it('names every failing field at once, in Chinese', async () => {
      const enterprise = await newOrganization('ENTERPRISE', false);
      const refused = await proposer.gql(GRANT, { input: grantInput(enterprise, { basis: '   ', amount: 20_000 }) });
      expect(refused.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_INPUT',
        fields: ['organizationId', 'level', 'basis', 'amount'],
      });
      expect(refused.errors?.[0].message).toContain('有 4 处输入需要修改');
      expect(refused.errors?.[0].message).toContain('organizationId：该单位尚未经所在地人社部门认定');
      const other = await proposer.gql(GRANT, { input: grantInput(await newOrganization('WORKSHOP'), { policyId: hainanPolicy }) });
      expect(other.errors?.[0].extensions).toMatchObject({ reason: 'AWARD_POLICY_OTHER_PROVINCE', fields: ['policyId'] });
      expect(other.errors?.[0].message).toContain('贵州省');
    });
  });

  describe('who may propose, review and pay', () => {
    it('refuses every role but BUREAU, and a bureau of another jurisdiction', async () => {
      const input = grantInput(await newOrganization('WORKSHOP'));
      for (const caller of [worker, workshop.caller, agent, admin])
        expect((await caller.gql(GRANT, { input })).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_REQUIRED' });
      expect((await t.anonymous.gql(GRANT, { input })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect((await elsewhere.gql(GRANT, { input })).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OUTSIDE_JURISDICTION' });
      expect((await proposer.gql(GRANT, { input })).data?.grantOrganizationAward.status).toBe('PROPOSED');
    });

    it('lets only a bureau of the organisation’s region review and pay', async () => {
      const award = (await proposer.ok(GRANT, { input: grantInput(await newOrganization('WORKSHOP')) })).grantOrganizationAward;
      for (const caller of [workshop.caller, worker, admin])
        expect((await caller.gql(REVIEW, { input: { awardId: award.id, approve: true } })).errors?.[0].extensions?.reason).toBe('ROLE_REQUIRED');
      expect((await elsewhere.gql(REVIEW, { input: { awardId: award.id, approve: true } })).errors?.[0].extensions?.reason).toBe('OUTSIDE_JURISDICTION');
      await approver.ok(REVIEW, { input: { awardId: award.id, approve: true } });
      const payment = { awardId: award.id, paidOn: chinaToday(), reference: 'QN-AWARD-0003' };
      for (const caller of [workshop.caller, agent, admin])
        expect((await caller.gql(PAY, { input: payment })).errors?.[0].extensions?.reason).toBe('ROLE_REQUIRED');
      expect((await elsewhere.gql(PAY, { input: payment })).errors?.[0].extensions?.reason).toBe('OUTSIDE_JURISDICTION');
      expect((await proposer.ok(PAY, { input: payment })).markOrganizationAwardPaid.status).toBe('PAID');
    });
  });

  describe('organizationAwards', () => {
    let listed: string;
    beforeAll(async () => {
      listed = (await proposer.ok(GRANT, { input: grantInput(otherWorkshop.organizationId) })).grantOrganizationAward.id;
    });

    const ids = async (caller: Caller, filter: Record<string, unknown> = {}) =>
      (await caller.ok(LIST, { filter, first: 100 })).organizationAwards.edges.map((e: { node: { id: string } }) => e.node.id) as string[];

    it('shows a bureau its jurisdiction’s awards, by region and status, and another bureau none of them', async () => {
      expect(await ids(proposer, { regionCode: '522731', status: 'PROPOSED' })).toContain(listed);
      expect(await ids(proposer, { status: 'PAID' })).not.toContain(listed);
      expect(await ids(elsewhere)).not.toContain(listed);
      expect((await elsewhere.gql(LIST, { filter: { regionCode: '522731' } })).errors?.[0].extensions?.reason).toBe('OUTSIDE_JURISDICTION');
      expect(await ids(admin, { regionCode: '522731' })).toContain(listed);
    });

    it('shows an organisation its own awards only; a worker none', async () => {
      const own = (await otherWorkshop.caller.ok(LIST, { first: 100 })).organizationAwards.edges.map((e: { node: { organizationId: string } }) => e.node);
      expect(own.map((n: { id: string }) => n.id)).toContain(listed);
      expect(own.every((n: { organizationId: string }) => n.organizationId === otherWorkshop.organizationId)).toBe(true);
      expect(await ids(workshop.caller)).not.toContain(listed);
      expect(await ids(agent)).toEqual([]);
      expect((await workshop.caller.gql(LIST, { filter: { regionCode: '522731' } })).errors?.[0].extensions).toMatchObject({ reason: 'AWARDS_HIDDEN' });
      expect((await worker.gql(LIST, {})).errors?.[0].extensions?.reason).toBe('ROLE_REQUIRED');
      expect((await t.anonymous.gql(LIST, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });
  });
});
