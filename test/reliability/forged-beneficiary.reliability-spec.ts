import pg from 'pg';
import { addDays, addMonthsToMonth, chinaToday, currentMonth } from '@app/common';
import { randomIdNumber, uniqueUsername } from '@app/testing';
import { acceptRegistration } from '../support/accepted-workers.js';
import { signUpOrganization, verifyOrganization } from '../support/organizations.js';
import { insertAccount, TEST_PASSWORD } from '../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../support/test-app.js';

const REGISTER_WORKER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id categoriesVerified } }';
const CREATE_POSTING = 'mutation($input: CreatePostingInput!) { createPosting(input: $input) { id } }';
const CREATE_GROUP = 'mutation($input: CreatePlacementGroupInput!) { createPlacementGroup(input: $input) { id status } }';
const ADD_TO_GROUP = 'mutation($input: AddToPlacementGroupInput!) { addToPlacementGroup(input: $input) { id } }';
const DEPART = 'mutation($id: ID!) { departPlacementGroup(groupId: $id) { id status } }';
const ARRIVE = 'mutation($input: ConfirmArrivalInput!) { confirmArrival(input: $input) { id status } }';
const NOMINATE = 'mutation($input: NominateWorkersInput!) { nominateWorkers(input: $input) { id } }';
const HIRE = 'mutation($input: HireInput!) { hire(input: $input) { id } }';
const CONFIRM = 'mutation($input: ConfirmEmploymentInput!) { confirmEmployment(input: $input) { revision } }';
const ELIGIBILITY = 'query($id: ID!) { subsidyEligibility(placementId: $id) { kind status reason } }';
const SUBMIT = 'mutation($input: SubmitSubsidyClaimInput!) { submitSubsidyClaim(input: $input) { id } }';

/** The fictitious worker of the attack: 脱贫人口 "since 2015", declared by the agency. */
function fictitiousWorker() {
  return {
    name: '王某某',
    idNumber: randomIdNumber('522731'),
    hukouRegionCode: '522731',
    categories: ['POVERTY_ALLEVIATED'],
    categoriesSince: '2015-01-01',
    laborCapacity: 'FULL',
    username: uniqueUsername('ghost'),
    password: TEST_PASSWORD,
  };
}

/**
 * The attack issue 14 starts from: two anonymous sign-ups, a labour agency and a cooperative declaring itself
 * small/micro, invent a worker, a group departure dated in the past, its arrival, three months of employment, and
 * claim every subsidy. Step by step each move is refused, and even when the agency has been vetted (a dishonest
 * agency, not an anonymous one) and the cooperative colludes as the employer, no assessment is ELIGIBLE and no claim
 * exists at the end.
 */
describe('the forged-beneficiary path ends with no ELIGIBLE assessment and no claim', () => {
  let t: TestApp;
  let db: pg.Client;
  let bureau: Caller;
  let agency: { caller: Caller; organizationId: string };
  let cooperative: { caller: Caller; organizationId: string };

  beforeAll(async () => {
    t = await startTestApp({ OUTBOX_RELAY: 'false' });
    db = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    bureau = await t.signIn(await insertAccount('BUREAU', '522700'), TEST_PASSWORD);
    agency = await signUpOrganization(t, 'LABOR_AGENCY', '522731', { name: '某劳务公司' });
    cooperative = await signUpOrganization(t, 'COOPERATIVE', '522731', { name: '某种植专业合作社', smallOrMicro: true });
    // Guizhou's rules carried into the present, so today's placements are assessed (the shipped version ended 2025).
    const admin = await t.signIn(await insertAccount('ADMIN'), TEST_PASSWORD);
    const [shipped] = (await admin.ok('{ subsidyPolicies(provinceCode: "520000") { name rules } }')).subsidyPolicies;
    await admin.ok('mutation($input: CreateSubsidyPolicyInput!) { createSubsidyPolicy(input: $input) { id } }', {
      input: { name: shipped.name, provinceCode: '520000', version: 'forged-path-2026', validFrom: '2026-01-01', validTo: '2027-12-31', rules: shipped.rules },
    });
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  it('refuses the anonymous agency before it can invent anyone', async () => {
    const result = await agency.caller.gql(REGISTER_WORKER, { input: fictitiousWorker() });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ORGANIZATION_NOT_VERIFIED' });
    expect(result.errors?.[0].message).toMatch(/核验/);
  });

  it('and even a vetted agency with a colluding employer gets no money out of invented evidence', async () => {
    await verifyOrganization(bureau, agency.organizationId); // vetted, but dishonest
    const worker = (await agency.caller.ok(REGISTER_WORKER, { input: fictitiousWorker() })).registerWorker;
    expect(worker.categoriesVerified).toBe(false); // declared by the agency: 类别待核实 until the bureau checks its records

    const input = { kind: 'LOCAL', title: '合作社种植工', regionCode: '522731', wageMin: 2500, wageMax: 3500, headcount: 5, contractMonths: 12 };
    const postingId = (await cooperative.caller.ok(CREATE_POSTING, { input })).createPosting.id;

    // A group departure dated 2025-01-02 and its "arrival" the next day: impossible dates.
    const past = await agency.caller.gql(CREATE_GROUP, { input: { postingId, departureDate: '2025-01-02', departurePoint: '县城', transport: '大巴' } });
    expect(past.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const group = await agency.caller.gql(CREATE_GROUP, {
      input: { postingId, departureDate: addDays(chinaToday(), 3), departurePoint: '县城', transport: '大巴' },
    });
    const groupId: string | undefined = group.data?.createPlacementGroup?.id;
    if (groupId) {
      await agency.caller.gql(ADD_TO_GROUP, { input: { groupId, workerIds: [worker.id] } });
      expect((await agency.caller.gql(DEPART, { id: groupId })).errors?.[0].extensions?.code).toBeDefined(); // not approved, and too early
      const arrival = await agency.caller.gql(ARRIVE, { input: { groupId, workerIds: [worker.id], arrivedOn: '2025-01-03' } });
      expect(arrival.errors?.[0].extensions?.code).toBeDefined();
    }

    // The invented person is a registration under review: no nomination until the county bureau accepts it.
    const early = await agency.caller.gql(NOMINATE, { input: { postingId, workerIds: [worker.id] } });
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'REGISTRATION_NOT_ACCEPTED' });
    // Suppose the bureau is fooled and accepts it: the evidence rules below still pay nothing.
    await acceptRegistration(bureau, worker.id);

    // The colluding employer hires the invented worker, backdated: refused; from today: allowed (an ordinary hire).
    const nominated = await agency.caller.ok(NOMINATE, { input: { postingId, workerIds: [worker.id] } });
    const applicationId: string = nominated.nominateWorkers[0].id;
    const backdated = await cooperative.caller.gql(HIRE, { input: { applicationId, startDate: '2025-01-03', contractMonths: 12 } });
    expect(backdated.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const placementId: string = (await cooperative.caller.ok(HIRE, { input: { applicationId, startDate: chinaToday(), contractMonths: 12 } })).hire.id;

    // Three months "confirmed" at once: the current and future months are not over, and the agency may not attest.
    for (const month of [0, 1, 2].map((i) => addMonthsToMonth(currentMonth(), i))) {
      const byAgency = await agency.caller.gql(CONFIRM, { input: { placementId, month, employed: true, monthlyWage: 3000, socialInsurancePaid: true } });
      expect(byAgency.errors?.[0].extensions?.code).toMatch(/FORBIDDEN|BAD_USER_INPUT/);
      const byEmployer = await cooperative.caller.gql(CONFIRM, { input: { placementId, month, employed: true, monthlyWage: 3000, socialInsurancePaid: true } });
      expect(byEmployer.errors?.[0].extensions?.reason).toBe('MONTH_OUTSIDE_PLACEMENT');
    }

    const assessments = (await bureau.ok(ELIGIBILITY, { id: placementId })).subsidyEligibility as Array<{ kind: string; status: string }>;
    expect(assessments.filter((a) => a.status === 'ELIGIBLE')).toEqual([]);
    for (const kind of ['TRANSPORT', 'JOB_SEEKING', 'TRACKING_SERVICE', 'ABSORPTION']) {
      for (const caller of [agency.caller, cooperative.caller])
        expect((await caller.gql(SUBMIT, { input: { placementId, kind } })).errors?.length).toBeGreaterThan(0);
    }
    const claims = await db.query('SELECT count(*)::int AS n FROM subsidy_claims WHERE worker_id = $1', [worker.id]);
    expect(claims.rows[0].n).toBe(0);
  });
});
