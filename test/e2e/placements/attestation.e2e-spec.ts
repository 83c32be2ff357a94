import { randomInt } from 'node:crypto';
import pg from 'pg';
import { addDays, chinaToday, monthOf } from '@app/common';
import { randomIdNumber, uniqueUsername } from '@app/testing';
import { acceptRegistration } from '../../support/accepted-workers.js';
import { signUpOrganization } from '../../support/organizations.js';
import { insertPosting, queryOne } from '../../support/postings-fixture.js';
import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';

const REGISTER_WORKER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }';
const VERIFY_ORG = 'mutation($id: ID!) { verifyOrganization(id: $id) { id } }';
const NOMINATE = 'mutation($input: NominateWorkersInput!) { nominateWorkers(input: $input) { id } }';
const HIRE = 'mutation($input: HireInput!) { hire(input: $input) { id organized } }';
const RECORD_LATE = 'mutation($input: RecordHistoricalPlacementInput!) { recordHistoricalPlacement(input: $input) { id recordedLate } }';
const CONFIRM = `mutation($input: ConfirmEmploymentInput!) { confirmEmployment(input: $input) {
  month employed revision attestedBy attestedByAccountId } }`;
const FOLLOW_UP = `mutation($input: RecordFollowUpInput!) { recordFollowUp(input: $input) {
  id placementId agentOrganizationId contactedOn channel note stillEmployed } }`;
const PLACEMENT = `query($id: ID!) { placement(id: $id) {
  id confirmations { month employed revision attestedBy } followUps { contactedOn channel note stillEmployed } } }`;
const ME = 'query { me { id } }';
const ELIGIBILITY = 'query($id: ID!) { subsidyEligibility(placementId: $id) { kind status reason } }';
const SUBMIT = 'mutation($input: SubmitSubsidyClaimInput!) { submitSubsidyClaim(input: $input) { id kind status } }';
const REVIEW = 'mutation($input: ReviewSubsidyClaimInput!) { reviewSubsidyClaim(input: $input) { id status employmentCheck } }';

const reasonOf = (result: { errors?: Array<{ extensions?: Record<string, any> }> }) => result.errors?.[0]?.extensions?.reason;

/** A month an agency confirmed before agents stopped confirming: written as the old code wrote it. */
async function legacyAgentConfirmation(placementId: string, month: string, agentAccountId: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO employment_confirmations (placement_id, month, employed, monthly_wage, social_insurance_paid, confirmed_by, attested_by_role)
       VALUES ($1, $2, true, 5000, true, $3, 'AGENT')`,
      [placementId, month, agentAccountId],
    );
  } finally {
    await client.end();
  }
}

/**
 * Attestation: the employer vouches for each month (a bureau for a placement it recorded late); the organising agency
 * records follow-ups of its own; a month counts for a subsidy only when someone other than its beneficiary attested it,
 * and an ABSORPTION claim (the employer's own confirmations) is approved only with the bureau's check recorded.
 */
describe('attestation: the right party vouches for each month', () => {
  let t: TestApp;
  let bureau: Caller; // 黔南州: the workers' hukou jurisdiction
  let elsewhere: Caller; // 昆明市
  let employer: Caller;
  let employerOrg: string;
  let agent: Caller;
  let agentOrg: string;
  let otherAgent: Caller;
  let postingId: string;

  async function newWorker(registrar: Caller = bureau): Promise<{ id: string; caller: Caller }> {
    const username = uniqueUsername('w');
    const input = {
      name: '王阿香',
      idNumber: randomIdNumber('522731'),
      phone: `139${String(randomInt(100_000_000)).padStart(8, '0')}`,
      hukouRegionCode: '522731',
      categories: ['POVERTY_ALLEVIATED'],
      laborCapacity: 'FULL',
      username,
      password: TEST_PASSWORD,
    };
    const id: string = (await registrar.ok(REGISTER_WORKER, { input })).registerWorker.id;
    // An agency's registration waits for the county bureau (issue 15, item 4).
    if (registrar.role === 'AGENT') await acceptRegistration(bureau, id);
    // The worker has been 脱贫人口 since 2015 in the bureau's records (registration starts the period today).
    await queryOne(`UPDATE worker_categories SET effective_from = '2015-01-01' WHERE worker_id = $1`, [id]);
    return { id, caller: await t.signIn(username, TEST_PASSWORD) };
  }

  /**
   * The agency registers and nominates a worker and the employer hires from 31 days ago: the last month has ended and
   * can be confirmed.
   */
  async function organisedPlacement(): Promise<string> {
    const worker = await newWorker(agent);
    const [application] = (await agent.ok(NOMINATE, { input: { postingId, workerIds: [worker.id] } })).nominateWorkers;
    const hired = (await employer.ok(HIRE, { input: { applicationId: application.id, startDate: addDays(chinaToday(), -31), contractMonths: 12 } })).hire;
    expect(hired.organized).toBe(true);
    return hired.id;
  }

  const lastMonth = () => monthOf(addDays(chinaToday(), -31));

  beforeAll(async () => {
    t = await startTestApp();
    bureau = await t.signIn(await insertAccount('BUREAU', '522700'), TEST_PASSWORD);
    elsewhere = await t.signIn(await insertAccount('BUREAU', '530100'), TEST_PASSWORD);
    ({ caller: employer, organizationId: employerOrg } = await signUpOrganization(t, 'ENTERPRISE', '440306', { name: '深圳某电子有限公司' }));
    ({ caller: agent, organizationId: agentOrg } = await signUpOrganization(t, 'LABOR_AGENCY', '522731', { name: '惠水县某劳务公司' }));
    const other = await signUpOrganization(t, 'LABOR_AGENCY', '522731', { name: '惠水县另一劳务公司' });
    otherAgent = other.caller;
    // Vetted organisations: the bureau of the agencies' region verified them before they nominate.
    await bureau.ok(VERIFY_ORG, { id: agentOrg });
    await bureau.ok(VERIFY_ORG, { id: other.organizationId });
    postingId = await insertPosting({ organizationId: employerOrg, headcount: 50, createdAt: `${addDays(chinaToday(), -90)}T09:00:00+08:00` });
  });

  afterAll(() => t.close());

  describe('who confirms employment', () => {
    it('refuses the organising agency and lets the posting’s employer confirm, recording who attested it', async () => {
      const placementId = await organisedPlacement();
      const byAgent = await agent.gql(CONFIRM, { input: { placementId, month: lastMonth(), employed: true, monthlyWage: 5200, socialInsurancePaid: true } });
      expect(byAgent.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ATTESTER' });
      expect(byAgent.errors?.[0].message).toContain('用人单位');
      expect(byAgent.errors?.[0].message).toContain('跟踪回访');
      const english = await t
        .http()
        .post('/graphql')
        .set('authorization', `Bearer ${agent.token!}`)
        .set('accept-language', 'en')
        .send({
          query: CONFIRM,
          variables: { input: { placementId, month: lastMonth(), employed: true, socialInsurancePaid: true } },
        });
      expect(english.body.errors[0].message).toContain('organising agency records follow-ups');

      const employerAccount: string = (await employer.ok(ME)).me.id;
      const confirmed = (
        await employer.ok(CONFIRM, { input: { placementId, month: lastMonth(), employed: true, monthlyWage: 5200, socialInsurancePaid: true } })
      ).confirmEmployment;
      expect(confirmed).toMatchObject({ month: lastMonth(), revision: 1, attestedBy: 'EMPLOYER', attestedByAccountId: employerAccount });
    });

    it('refuses a bureau for a placement it did not record late, and lets the recording bureau confirm a late record', async () => {
      const placementId = await organisedPlacement();
      const byBureau = await bureau.gql(CONFIRM, { input: { placementId, month: lastMonth(), employed: true, socialInsurancePaid: true } });
      expect(reasonOf(byBureau)).toBe('NOT_ATTESTER');

      const worker = await newWorker();
      const late = (
        await bureau.ok(RECORD_LATE, {
          input: { workerId: worker.id, postingId, agencyId: agentOrg, startDate: '2025-06-01', contractMonths: 12, reason: '纸质台账补录' },
        })
      ).recordHistoricalPlacement;
      const bureauAccount: string = (await bureau.ok(ME)).me.id;
      const confirmed = (await bureau.ok(CONFIRM, { input: { placementId: late.id, month: '2025-06', employed: true, socialInsurancePaid: true } }))
        .confirmEmployment;
      expect(confirmed).toMatchObject({ attestedBy: 'BUREAU', attestedByAccountId: bureauAccount });
      // Another province's bureau did not record it and is not of the worker's jurisdiction.
      expect(reasonOf(await elsewhere.gql(CONFIRM, { input: { placementId: late.id, month: '2025-07', employed: true, socialInsurancePaid: true } }))).toBe(
        'NOT_ATTESTER',
      );
      // The agency still cannot, even on a late record it organised.
      expect(reasonOf(await agent.gql(CONFIRM, { input: { placementId: late.id, month: '2025-07', employed: true, socialInsurancePaid: true } }))).toBe(
        'NOT_ATTESTER',
      );
      // A correction by the employer makes the employer the attester of that month.
      const corrected = (await employer.ok(CONFIRM, { input: { placementId: late.id, month: '2025-06', employed: true, socialInsurancePaid: false } }))
        .confirmEmployment;
      expect(corrected).toMatchObject({ revision: 2, attestedBy: 'EMPLOYER' });
    });
  });

  describe('follow-ups (跟踪回访)', () => {
    it('are the organising agency’s own records: listed for the agency, the employer and the bureau, never touching a confirmation', async () => {
      const placementId = await organisedPlacement();
      await employer.ok(CONFIRM, { input: { placementId, month: lastMonth(), employed: true, monthlyWage: 5200, socialInsurancePaid: true } });
      const input = { placementId, contactedOn: chinaToday(), channel: 'PHONE', note: '电话回访：本人说上月已离厂回家', stillEmployed: false };
      const recorded = (await agent.ok(FOLLOW_UP, { input })).recordFollowUp;
      expect(recorded).toMatchObject({ placementId, agentOrganizationId: agentOrg, contactedOn: chinaToday(), channel: 'PHONE', stillEmployed: false });

      for (const reader of [agent, employer, bureau]) {
        const placement = (await reader.ok(PLACEMENT, { id: placementId })).placement;
        expect(placement.followUps).toEqual([{ contactedOn: chinaToday(), channel: 'PHONE', note: '电话回访：本人说上月已离厂回家', stillEmployed: false }]);
        // The employer's confirmation stands as it was: the agency's word does not overwrite it.
        expect(placement.confirmations).toEqual([{ month: lastMonth(), employed: true, revision: 1, attestedBy: 'EMPLOYER' }]);
      }
    });

    it('refuse another agency, the employer, a date outside the placement or in the future, and an empty note', async () => {
      const placementId = await organisedPlacement();
      const input = { placementId, contactedOn: chinaToday(), channel: 'VISIT', note: '上门回访，工作稳定' };
      expect(reasonOf(await otherAgent.gql(FOLLOW_UP, { input }))).toBe('NOT_ORGANISING_AGENT');
      expect((await employer.gql(FOLLOW_UP, { input })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const early = await agent.gql(FOLLOW_UP, { input: { ...input, contactedOn: addDays(chinaToday(), -32) } });
      expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FOLLOW_UP_DATE_OUT_OF_RANGE', fields: ['contactedOn'] });
      expect(reasonOf(await agent.gql(FOLLOW_UP, { input: { ...input, contactedOn: addDays(chinaToday(), 1) } }))).toBe('FOLLOW_UP_DATE_OUT_OF_RANGE');
      const blank = await agent.gql(FOLLOW_UP, { input: { ...input, note: '   ' } });
      expect(blank.errors?.[0].extensions).toMatchObject({ reason: 'FOLLOW_UP_NOTE_REQUIRED', fields: ['note'] });
      expect((await agent.ok(FOLLOW_UP, { input })).recordFollowUp.channel).toBe('VISIT');
    });
  });

  describe('a month counts only when attested by someone other than the subsidy’s beneficiary', () => {
    it('does not count months the agency itself confirmed for its TRACKING_SERVICE, nor for the worker’s TRANSPORT', async () => {
      const worker = await newWorker();
      const agentAccount: string = (await agent.ok(ME)).me.id;
      const { id } = (
        await bureau.ok(RECORD_LATE, {
          input: { workerId: worker.id, postingId, agencyId: agentOrg, startDate: '2025-06-01', contractMonths: 12, reason: '纸质台账补录' },
        })
      ).recordHistoricalPlacement;
      for (const month of ['2025-06', '2025-07', '2025-08']) await legacyAgentConfirmation(id, month, agentAccount);
      const byKind = async () =>
        Object.fromEntries(
          ((await bureau.ok(ELIGIBILITY, { id })).subsidyEligibility as Array<{ kind: string; status: string; reason: string }>).map((a) => [a.kind, a]),
        );

      const before = await byKind();
      expect(before.TRACKING_SERVICE).toMatchObject({ status: 'PENDING' });
      expect(before.TRACKING_SERVICE.reason).toContain('待补 2025-06、2025-07、2025-08 就业确认');
      expect(before.TRANSPORT).toMatchObject({ status: 'PENDING' });
      expect(reasonOf(await agent.gql(SUBMIT, { input: { placementId: id, kind: 'TRACKING_SERVICE' } }))).toBe('NOT_ELIGIBLE');

      // The employer attests the same months (a correction of each row): now they count.
      for (const month of ['2025-06', '2025-07', '2025-08'])
        await employer.ok(CONFIRM, { input: { placementId: id, month, employed: true, monthlyWage: 5000, socialInsurancePaid: true } });
      const after = await byKind();
      expect(after.TRACKING_SERVICE).toMatchObject({ status: 'ELIGIBLE' });
      expect(after.TRANSPORT).toMatchObject({ status: 'ELIGIBLE' });
    });

    it('approves an ABSORPTION claim only with the bureau’s note on how the employment was checked, recorded on the claim', async () => {
      const { caller: cooperative, organizationId: cooperativeOrg } = await signUpOrganization(t, 'COOPERATIVE', '522731', { name: '惠水县某种植合作社' });
      const local = await insertPosting({ organizationId: cooperativeOrg, kind: 'LOCAL', regionCode: '522731', title: '蔬菜种植工' });
      const worker = await newWorker();
      const { id } = (
        await bureau.ok(RECORD_LATE, { input: { workerId: worker.id, postingId: local, startDate: '2025-06-01', contractMonths: 12, reason: '纸质台账补录' } })
      ).recordHistoricalPlacement;
      await cooperative.ok(CONFIRM, { input: { placementId: id, month: '2025-06', employed: true, monthlyWage: 3000, socialInsurancePaid: true } });
      const claim = (await cooperative.ok(SUBMIT, { input: { placementId: id, kind: 'ABSORPTION' } })).submitSubsidyClaim;
      expect(claim).toMatchObject({ kind: 'ABSORPTION', status: 'SUBMITTED' });

      const bare = await bureau.gql(REVIEW, { input: { claimId: claim.id, approve: true } });
      expect(bare.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'EMPLOYMENT_CHECK_REQUIRED', fields: ['employmentCheck'] });
      expect(bare.errors?.[0].message).toContain('社保缴费记录');
      expect(reasonOf(await bureau.gql(REVIEW, { input: { claimId: claim.id, approve: true, employmentCheck: '  ' } }))).toBe('EMPLOYMENT_CHECK_REQUIRED');
      const approved = (await bureau.ok(REVIEW, { input: { claimId: claim.id, approve: true, employmentCheck: '核对了 2025-06 社保缴费记录' } }))
        .reviewSubsidyClaim;
      expect(approved).toMatchObject({ status: 'APPROVED', employmentCheck: '核对了 2025-06 社保缴费记录' });
    });

    it('approves the worker’s claims without that note: the employer attested the months the worker is paid on', async () => {
      const worker = await newWorker();
      const { id } = (
        await bureau.ok(RECORD_LATE, { input: { workerId: worker.id, postingId, startDate: '2025-06-01', contractMonths: 12, reason: '纸质台账补录' } })
      ).recordHistoricalPlacement;
      for (const month of ['2025-06', '2025-07', '2025-08'])
        await employer.ok(CONFIRM, { input: { placementId: id, month, employed: true, monthlyWage: 5000, socialInsurancePaid: true } });
      const claim = (await worker.caller.ok(SUBMIT, { input: { placementId: id, kind: 'TRANSPORT' } })).submitSubsidyClaim;
      expect((await bureau.ok(REVIEW, { input: { claimId: claim.id, approve: true } })).reviewSubsidyClaim).toMatchObject({
        status: 'APPROVED',
        employmentCheck: null,
      });
    });
  });
});
