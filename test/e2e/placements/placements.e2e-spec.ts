import { addDays, addMonthsToMonth, chinaToday, currentMonth } from '@app/common';
import { randomCreditCode, randomIdNumber, randomMobile, uniqueUsername } from '@app/testing';
import { acceptRegistration } from '../../support/accepted-workers.js';
import { insertPosting, queryOne } from '../../support/postings-fixture.js';
import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';

const REGISTER_ORG = 'mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { account { organizationId } } }';
const REGISTER_WORKER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }';
const APPLY = 'mutation($postingId: ID!) { applyToPosting(input: { postingId: $postingId }) { id status } }';
const NOMINATE =
  'mutation($postingId: ID!, $workerIds: [ID!]!) { nominateWorkers(input: { postingId: $postingId, workerIds: $workerIds }) { id status agentOrganizationId } }';
const HIRE = `mutation($input: HireInput!) { hire(input: $input) {
  id scope organized status startDate contractMonths agentOrganizationId employer { name } agent { name } worker { id seekingStatus } posting { title status openings } } }`;
const CONFIRM = 'mutation($input: ConfirmEmploymentInput!) { confirmEmployment(input: $input) { month employed revision } }';
const PLACEMENT = 'query($id: ID!) { placement(id: $id) { id stableMonths socialInsuranceMonths confirmations { month } status endReason } }';
const END = 'mutation($input: EndPlacementInput!) { endPlacement(input: $input) { id status endDate endReason } }';
const APPLICANT = `query($postingId: ID!) { applications(filter: { postingId: $postingId }) { totalCount edges { node { id status worker { id maskedIdNumber phone } } } } }`;
const WORKER = 'query($id: ID!) { worker(id: $id) { id maskedIdNumber phone returnedHomeOn seekingStatus } }';

const VERIFY_ORG = 'mutation($id: ID!) { verifyOrganization(id: $id) { id } }';
const RECORD_LATE = 'mutation($input: RecordHistoricalPlacementInput!) { recordHistoricalPlacement(input: $input) { id recordedLate organized status } }';

/** The month `offset` months from this one, China time. */
function month(offset: number): string {
  return addMonthsToMonth(currentMonth(), offset);
}

describe('applications, hiring, group departures and the placement lifecycle', () => {
  let t: TestApp;
  let bureau: Caller; // 黔南州 (city) bureau: the workers' hukou jurisdiction
  let employer: Caller; // an enterprise in 深圳 宝安区 (440306)
  let employerOrg: string;
  let otherEmployer: Caller;
  let agent: Caller; // a labour agency in 惠水县 (522731)
  let agentOrg: string;
  let otherAgent: Caller;

  async function signUp(kind: string, regionCode: string, name: string): Promise<{ caller: Caller; organizationId: string }> {
    const username = uniqueUsername(kind.toLowerCase());
    const data = await t.anonymous.ok(REGISTER_ORG, {
      input: { name, kind, creditCode: randomCreditCode(regionCode), regionCode, smallOrMicro: false, username, password: TEST_PASSWORD },
    });
    return { caller: await t.signIn(username, TEST_PASSWORD), organizationId: data.registerOrganization.account.organizationId };
  }

  /** A worker from 惠水县 with their own login; registered by the agency when `byAgent`, else by the bureau. */
  async function newWorker(byAgent = false, extra: Record<string, unknown> = {}): Promise<{ id: string; caller: Caller; idNumber: string; phone: string }> {
    const username = uniqueUsername('w');
    const idNumber = randomIdNumber('522731');
    const phone = randomMobile();
    const input = {
      name: '王二',
      idNumber,
      phone,
      hukouRegionCode: '522731',
      categories: ['POVERTY_ALLEVIATED'],
      laborCapacity: 'FULL',
      username,
      password: TEST_PASSWORD,
      ...extra,
    };
    const id = (await (byAgent ? agent : bureau).ok(REGISTER_WORKER, { input })).registerWorker.id;
    // An agency's registration waits for the county bureau (issue 15, item 4).
    if (byAgent) await acceptRegistration(bureau, id);
    return { id, caller: await t.signIn(username, TEST_PASSWORD), idNumber, phone };
  }

  beforeAll(async () => {
    t = await startTestApp();
    bureau = await t.signIn(await insertAccount('BUREAU', '522700'), TEST_PASSWORD);
    ({ caller: employer, organizationId: employerOrg } = await signUp('ENTERPRISE', '440306', '深圳某电子有限公司'));
    ({ caller: otherEmployer } = await signUp('ENTERPRISE', '330102', '杭州某服装厂'));
    ({ caller: agent, organizationId: agentOrg } = await signUp('LABOR_AGENCY', '522731', '惠水县劳务合作社'));
    // Vetted organisations: an agency registers workers and nominates only once its bureau verified it.
    await bureau.ok(VERIFY_ORG, { id: agentOrg });
    ({ caller: otherAgent } = await signUp('LABOR_AGENCY', '520102', '南明区劳务公司'));
  });

  afterAll(() => t.close());

  it('worker applies, employer hires: an unorganised cross-province placement, the opening taken, the worker employed', async () => {
    const postingId = await insertPosting({ organizationId: employerOrg, headcount: 5 });
    const worker = await newWorker();
    const application = (await worker.caller.ok(APPLY, { postingId })).applyToPosting;
    expect(application.status).toBe('APPLIED');
    expect(await worker.caller.errorCode(APPLY, { postingId })).toBe('CONFLICT');

    // The employer sees the applicant with the full phone while the application is live, and no ID fragment ever.
    const applicants = await employer.ok(APPLICANT, { postingId });
    expect(applicants.applications.edges[0].node.worker).toEqual({
      id: worker.id,
      maskedIdNumber: null,
      phone: worker.phone,
    });
    expect((await employer.ok(WORKER, { id: worker.id })).worker.maskedIdNumber).toBeNull();
    expect(await otherEmployer.errorCode(WORKER, { id: worker.id })).toBe('FORBIDDEN');

    const input = { applicationId: application.id, startDate: chinaToday(), contractMonths: 12 };
    expect(await otherEmployer.errorCode(HIRE, { input })).toBe('FORBIDDEN');
    expect(await worker.caller.errorCode(HIRE, { input })).toBe('FORBIDDEN');
    const placement = (await employer.ok(HIRE, { input })).hire;
    expect(placement).toMatchObject({
      scope: 'OTHER_PROVINCE',
      organized: false,
      status: 'ACTIVE',
      agentOrganizationId: null,
      employer: { name: '深圳某电子有限公司' },
      agent: null,
    });
    expect(placement.worker.seekingStatus).toBe('EMPLOYED');
    expect(placement.posting).toEqual({ title: '电子厂普工', status: 'OPEN', openings: 4 });
    expect(await queryOne('SELECT active_placements, status FROM postings WHERE id = $1', [postingId])).toEqual({ active_placements: 1, status: 'OPEN' });
    expect(await employer.errorCode(HIRE, { input })).toBe('BAD_USER_INPUT');
  });

  it('an agent’s nomination makes the hire organised, with the agency recorded', async () => {
    const postingId = await insertPosting({ organizationId: employerOrg, regionCode: '520102', kind: 'LOCAL' });
    const worker = await newWorker(true);
    const stranger = await newWorker(false);
    expect(await agent.errorCode(NOMINATE, { postingId, workerIds: [stranger.id] })).toBe('FORBIDDEN');
    const [application] = (await agent.ok(NOMINATE, { postingId, workerIds: [worker.id] })).nominateWorkers;
    expect(application.agentOrganizationId).toBe(agentOrg);
    const placement = (await employer.ok(HIRE, { input: { applicationId: application.id, startDate: chinaToday(), contractMonths: 12 } })).hire;
    expect(placement).toMatchObject({
      organized: true,
      agentOrganizationId: agentOrg,
      scope: 'OTHER_COUNTY_SAME_PROVINCE',
      agent: { name: '惠水县劳务合作社' },
    });
  });

  it('refuses applications to closed or filled postings', async () => {
    const worker = await newWorker();
    const closed = await insertPosting({ organizationId: employerOrg, status: 'CLOSED' });
    const result = await worker.caller.gql(APPLY, { postingId: closed });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['postingId'] });
  });

  it('sends a group of 3 and their arrival creates 3 organised placements; a roster beyond the openings is refused', async () => {
    const postingId = await insertPosting({ organizationId: employerOrg, headcount: 3 });
    const workers = await Promise.all([newWorker(true), newWorker(true), newWorker(true), newWorker(true)]);
    const group = (
      await agent.ok('mutation($input: CreatePlacementGroupInput!) { createPlacementGroup(input: $input) { id status } }', {
        input: { postingId, departureDate: chinaToday(), departurePoint: '惠水县易地扶贫搬迁安置点', transport: '包车' },
      })
    ).createPlacementGroup;
    const ADD = 'mutation($input: AddToPlacementGroupInput!) { addToPlacementGroup(input: $input) { id } }';
    const tooMany = await agent.gql(ADD, { input: { groupId: group.id, workerIds: workers.map((w) => w.id) } });
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['workerIds'] });
    const three = workers.slice(0, 3).map((w) => w.id);
    await agent.ok(ADD, { input: { groupId: group.id, workerIds: three } });
    expect(await otherAgent.errorCode(ADD, { input: { groupId: group.id, workerIds: [workers[3].id] } })).toBe('FORBIDDEN');
    // Employer consent: the posting's employer approves the roster before the group departs.
    await employer.ok('mutation($id: ID!) { approvePlacementGroup(groupId: $id) { status } }', { id: group.id });
    await agent.ok('mutation($id: ID!) { departPlacementGroup(groupId: $id) { status } }', { id: group.id });
    const arrived = await agent.ok(
      'mutation($input: ConfirmArrivalInput!) { confirmArrival(input: $input) { status roster { workerId travelling arrivedOn placementId worker { id } } } }',
      { input: { groupId: group.id, workerIds: three, arrivedOn: chinaToday() } },
    );
    expect(arrived.confirmArrival.status).toBe('ARRIVED');
    expect(arrived.confirmArrival.roster.every((m: { travelling: boolean; placementId: string }) => !m.travelling && m.placementId)).toBe(true);
    for (const member of arrived.confirmArrival.roster) {
      const p = await agent.ok('query($id: ID!) { placement(id: $id) { organized agentOrganizationId groupId scope } }', { id: member.placementId });
      expect(p.placement).toMatchObject({ organized: true, agentOrganizationId: agentOrg, groupId: group.id, scope: 'OTHER_PROVINCE' });
    }
    expect(await queryOne('SELECT active_placements, status FROM postings WHERE id = $1', [postingId])).toEqual({ active_placements: 3, status: 'FILLED' });
  });

  it('keeps one active public-welfare post per person and welfare contracts to 12 months', async () => {
    const welfareA = await insertPosting({ organizationId: null, kind: 'PUBLIC_WELFARE', regionCode: '522731', title: '护林员' });
    const welfareB = await insertPosting({ organizationId: null, kind: 'PUBLIC_WELFARE', regionCode: '522731', title: '保洁员' });
    const worker = await newWorker(false, { laborCapacity: 'WEAK' });
    const a = (await worker.caller.ok(APPLY, { postingId: welfareA })).applyToPosting;
    const b = (await worker.caller.ok(APPLY, { postingId: welfareB })).applyToPosting;
    const tooLong = await bureau.gql(HIRE, { input: { applicationId: a.id, startDate: chinaToday(), contractMonths: 13 } });
    expect(tooLong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(tooLong.errors?.[0].extensions?.fields)).toContain('contractMonths');
    await bureau.ok(HIRE, { input: { applicationId: a.id, startDate: chinaToday(), contractMonths: 12 } });
    expect(await bureau.errorCode(HIRE, { input: { applicationId: b.id, startDate: chinaToday(), contractMonths: 6 } })).toBe('CONFLICT');
    expect(await employer.errorCode(HIRE, { input: { applicationId: b.id, startDate: chinaToday(), contractMonths: 6 } })).toBe('FORBIDDEN');
  });

  it('gives the last opening to exactly one of 20 concurrent hires', async () => {
    const postingId = await insertPosting({ organizationId: employerOrg, headcount: 1 });
    const workers = await Promise.all(Array.from({ length: 20 }, () => newWorker()));
    const applications = await Promise.all(workers.map(async (w) => (await w.caller.ok(APPLY, { postingId })).applyToPosting.id));
    const results = await Promise.all(
      applications.map((applicationId) => employer.gql(HIRE, { input: { applicationId, startDate: chinaToday(), contractMonths: 12 } })),
    );
    const won = results.filter((r) => !r.errors);
    expect(won).toHaveLength(1);
    expect(
      results.filter((r) => r.errors).every((r) => r.errors![0].extensions?.code === 'CONFLICT' && r.errors![0].extensions?.reason === 'POSTING_FULL'),
    ).toBe(true);
    expect(await queryOne('SELECT active_placements, status FROM postings WHERE id = $1', [postingId])).toEqual({ active_placements: 1, status: 'FILLED' });
    expect(await queryOne('SELECT count(*)::int AS n FROM placements WHERE posting_id = $1', [postingId])).toEqual({ n: 1 });
  });

  it('counts stable months in real months across a gap, audits corrections and refuses months outside the placement', async () => {
    const postingId = await insertPosting({ organizationId: employerOrg });
    const worker = await newWorker(true);
    // Four months ago is past the hiring window: the bureau records it (补录), the employer confirms its months.
    const placement = (
      await bureau.ok(RECORD_LATE, {
        input: { workerId: worker.id, postingId, agencyId: agentOrg, startDate: `${month(-4)}-20`, contractMonths: 12, reason: '纸质务工台账' },
      })
    ).recordHistoricalPlacement;
    expect(placement).toMatchObject({ recordedLate: true, organized: true, status: 'ACTIVE' });
    const confirm = (m: string, employed = true, socialInsurancePaid = true) =>
      employer.ok(CONFIRM, { input: { placementId: placement.id, month: m, employed, monthlyWage: employed ? 5200 : null, socialInsurancePaid } });
    await confirm(month(-4));
    await confirm(month(-3));
    await confirm(month(-1), true, false);
    // From the 20th, one real month runs to the 19th of the next month: months -4 and -3 make 1, month -2 is missing.
    let seen = (await employer.ok(PLACEMENT, { id: placement.id })).placement;
    expect(seen).toMatchObject({ stableMonths: 1, socialInsuranceMonths: 1 });
    await confirm(month(-2), false, false);
    expect((await employer.ok(PLACEMENT, { id: placement.id })).placement.stableMonths).toBe(1);
    // The organising agency does not attest months (it records follow-ups): the employer corrects.
    const byAgent = await agent.gql(CONFIRM, { input: { placementId: placement.id, month: month(-2), employed: true, socialInsurancePaid: true } });
    expect(byAgent.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ATTESTER' });
    const corrected = (
      await employer.ok(CONFIRM, { input: { placementId: placement.id, month: month(-2), employed: true, monthlyWage: 5000, socialInsurancePaid: true } })
    ).confirmEmployment;
    expect(corrected.revision).toBe(2);
    // Months -4 to -1 employed: 3 real months (to the 19th of month -1); this month is not over, so not 4. Month -1 was
    // not insured, so insurance counts 2.
    seen = (await employer.ok(PLACEMENT, { id: placement.id })).placement;
    expect(seen).toMatchObject({ stableMonths: 3, socialInsuranceMonths: 2 });
    const audit = await queryOne<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE subject_id = $1 AND action = 'employment_confirmation.corrected'`,
      [placement.id],
    );
    expect(audit.n).toBe(1);
    const future = await employer.gql(CONFIRM, { input: { placementId: placement.id, month: month(1), employed: true, socialInsurancePaid: true } });
    expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['month'] });
    const current = await employer.gql(CONFIRM, { input: { placementId: placement.id, month: month(0), employed: true, socialInsurancePaid: true } });
    expect(current.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MONTH_OUTSIDE_PLACEMENT', fields: ['month'] });
    expect(current.errors?.[0].message).toContain('尚未结束');
    const early = await employer.gql(CONFIRM, { input: { placementId: placement.id, month: month(-5), employed: true, socialInsurancePaid: true } });
    expect(early.errors?.[0].extensions?.fields).toEqual(['month']);
    expect(await otherAgent.errorCode(CONFIRM, { input: { placementId: placement.id, month: month(0), employed: true, socialInsurancePaid: true } })).toBe(
      'FORBIDDEN',
    );
    expect(await worker.caller.errorCode(CONFIRM, { input: { placementId: placement.id, month: month(0), employed: true, socialInsurancePaid: true } })).toBe(
      'FORBIDDEN',
    );
  });

  it('ends a placement with RETURNED_HOME: the opening comes back and the worker is in the bureau’s returnees', async () => {
    const postingId = await insertPosting({ organizationId: employerOrg, headcount: 1, createdAt: `${addDays(chinaToday(), -10)}T09:00:00+08:00` });
    const worker = await newWorker();
    const application = (await worker.caller.ok(APPLY, { postingId })).applyToPosting;
    const placement = (await employer.ok(HIRE, { input: { applicationId: application.id, startDate: addDays(chinaToday(), -3), contractMonths: 12 } })).hire;
    const endDate = chinaToday();
    expect(await otherEmployer.errorCode(END, { input: { placementId: placement.id, endDate, reason: 'RETURNED_HOME' } })).toBe('FORBIDDEN');
    const ended = (await employer.ok(END, { input: { placementId: placement.id, endDate, reason: 'RETURNED_HOME' } })).endPlacement;
    expect(ended).toMatchObject({ status: 'ENDED', endDate, endReason: 'RETURNED_HOME' });
    expect(await queryOne('SELECT active_placements, status FROM postings WHERE id = $1', [postingId])).toEqual({ active_placements: 0, status: 'OPEN' });
    expect((await bureau.ok(WORKER, { id: worker.id })).worker).toMatchObject({ returnedHomeOn: endDate, seekingStatus: 'SEEKING' });
    const RETURNEES = 'query($region: String!, $since: String!) { returnees(regionCode: $region, since: $since) { totalCount edges { node { id } } } }';
    const returnees = await bureau.ok(RETURNEES, { region: '522731', since: endDate });
    expect(returnees.returnees.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(worker.id);
    const countyBureau = await t.signIn(await insertAccount('BUREAU', '522701'), TEST_PASSWORD);
    expect(await countyBureau.errorCode(RETURNEES, { region: '522731', since: endDate })).toBe('FORBIDDEN');
    expect(await employer.errorCode(RETURNEES, { region: '522731', since: endDate })).toBe('FORBIDDEN');
    // The employer no longer works with the worker: the record is closed to it.
    expect(await employer.errorCode(WORKER, { id: worker.id })).toBe('FORBIDDEN');
  });

  it('scopes application lists by role', async () => {
    const postingId = await insertPosting({ organizationId: employerOrg });
    const worker = await newWorker();
    await worker.caller.ok(APPLY, { postingId });
    expect((await employer.ok(APPLICANT, { postingId })).applications.totalCount).toBe(1);
    expect((await otherEmployer.ok(APPLICANT, { postingId })).applications.totalCount).toBe(0);
    expect((await worker.caller.ok('{ applications { totalCount } }')).applications.totalCount).toBe(1);
    expect((await bureau.ok(APPLICANT, { postingId })).applications.totalCount).toBe(1);
  });
});
