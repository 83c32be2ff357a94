import { randomInt } from 'node:crypto';
import { addDays, addMonthsToMonth, chinaToday, currentMonth } from '@app/common';
import { randomIdNumber, uniqueUsername } from '@app/testing';
import { signUpOrganization } from '../../support/organizations.js';
import { insertPosting, queryOne } from '../../support/postings-fixture.js';
import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';

const REGISTER_WORKER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id household { id } } }';
const APPLY = 'mutation($postingId: ID!) { applyToPosting(input: { postingId: $postingId }) { id } }';
const HIRE = 'mutation($input: HireInput!) { hire(input: $input) { id status minor fullTime recordedLate startDate } }';
const RECORD_LATE = `mutation($input: RecordHistoricalPlacementInput!) { recordHistoricalPlacement(input: $input) {
  id status recordedLate organized agentOrganizationId startDate endDate endReason minor } }`;
const CANCEL = 'mutation($input: CancelPlacementInput!) { cancelPlacement(input: $input) { id status cancelReason } }';
const CONFIRM = 'mutation($input: ConfirmEmploymentInput!) { confirmEmployment(input: $input) { month revision } }';
const END = 'mutation($input: EndPlacementInput!) { endPlacement(input: $input) { id status endDate } }';
const PLACEMENT = 'query($id: ID!) { placement(id: $id) { id status stableMonths posting { openings } } }';
const PLACEMENTS = 'query($status: PlacementStatus) { placements(filter: { status: $status }, first: 100) { edges { node { id status } } } }';
const WORKER = 'query($id: ID!) { worker(id: $id) { id seekingStatus returnedHomeOn phone } }';
const ELIGIBILITY = 'query($id: ID!) { subsidyEligibility(placementId: $id) { kind status reason recordedLate } }';

const today = () => chinaToday();
const daysFromToday = (days: number) => addDays(chinaToday(), days);
/** A posting that has existed for `days` days. */
const createdDaysAgo = (days: number) => `${daysFromToday(-days)}T09:00:00+08:00`;
const month = (offset: number) => addMonthsToMonth(currentMonth(), offset);

/** A valid resident ID number of someone born on `birthDate` (ISO 7064 MOD 11-2 check character). */
function idNumberBornOn(regionCode: string, birthDate: string): string {
  const body = `${regionCode}${birthDate.replaceAll('-', '')}${String(randomInt(1000)).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((total, c, i) => total + Number(c) * weights[i], 0);
  return body + '10X98765432'[sum % 11];
}

/** The date `years` years before `date` (same month and day). */
const yearsBefore = (date: string, years: number) => `${String(Number(date.slice(0, 4)) - years)}${date.slice(4)}`;

describe('evidence time: only histories that could have happened', () => {
  let t: TestApp;
  let bureau: Caller; // 黔南州 bureau: the workers' hukou jurisdiction
  let elsewhere: Caller; // 昆明市 bureau
  let employer: Caller;
  let employerOrg: string;
  let otherEmployer: Caller;
  let otherEmployerOrg: string;
  let agentOrg: string;

  async function newWorker(options: { birthDate?: string; hukouRegionCode?: string } = {}): Promise<{ id: string; caller: Caller; householdId: string }> {
    const hukou = options.hukouRegionCode ?? '522731';
    const username = uniqueUsername('w');
    const input = {
      name: '罗阿妹',
      idNumber: options.birthDate ? idNumberBornOn(hukou, options.birthDate) : randomIdNumber(hukou),
      phone: `139${String(randomInt(100_000_000)).padStart(8, '0')}`,
      hukouRegionCode: hukou,
      categories: ['POVERTY_ALLEVIATED'],
      laborCapacity: 'FULL',
      username,
      password: TEST_PASSWORD,
    };
    const registered = (await bureau.ok(REGISTER_WORKER, { input })).registerWorker;
    return { id: registered.id, householdId: registered.household.id, caller: await t.signIn(username, TEST_PASSWORD) };
  }

  /** The worker applies to the posting and `by` hires from `startDate`; returns the raw answer. */
  async function hire(worker: { caller: Caller }, postingId: string, startDate: string, by: Caller = employer) {
    const application = (await worker.caller.ok(APPLY, { postingId })).applyToPosting;
    return by.gql(HIRE, { input: { applicationId: application.id, startDate, contractMonths: 12 } });
  }

  const reasonOf = (result: { errors?: Array<{ extensions?: Record<string, any> }> }) => result.errors?.[0]?.extensions?.reason;

  beforeAll(async () => {
    t = await startTestApp();
    bureau = await t.signIn(await insertAccount('BUREAU', '522700'), TEST_PASSWORD);
    elsewhere = await t.signIn(await insertAccount('BUREAU', '530100'), TEST_PASSWORD);
    ({ caller: employer, organizationId: employerOrg } = await signUpOrganization(t, 'ENTERPRISE', '440306', { name: '深圳某电子有限公司' }));
    ({ caller: otherEmployer, organizationId: otherEmployerOrg } = await signUpOrganization(t, 'ENTERPRISE', '330102', { name: '杭州某服装厂' }));
    ({ organizationId: agentOrg } = await signUpOrganization(t, 'LABOR_AGENCY', '522731'));
  });

  afterAll(() => t.close());

  describe('hire start', () => {
    it('accepts a start from 31 days ago to 90 days ahead and refuses one a day outside either end', async () => {
      const postingId = await insertPosting({ organizationId: employerOrg, createdAt: createdDaysAgo(60) });
      expect((await hire(await newWorker(), postingId, daysFromToday(-31))).errors).toBeUndefined();
      expect((await hire(await newWorker(), postingId, daysFromToday(90))).errors).toBeUndefined();
      const early = await hire(await newWorker(), postingId, daysFromToday(-32));
      expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'START_TOO_EARLY', fields: ['startDate'] });
      expect(early.errors?.[0].message).toContain('补录');
      const late = await hire(await newWorker(), postingId, daysFromToday(91));
      expect(late.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'START_TOO_LATE', fields: ['startDate'] });
    });

    it('refuses a start before the posting existed', async () => {
      const postingId = await insertPosting({ organizationId: employerOrg, createdAt: createdDaysAgo(5) });
      expect(reasonOf(await hire(await newWorker(), postingId, daysFromToday(-6)))).toBe('START_BEFORE_POSTING');
      expect((await hire(await newWorker(), postingId, daysFromToday(-5))).errors).toBeUndefined();
    });

    it('refuses a worker under 16 on the start date and flags one of 16 or 17 as a minor worker (未成年工)', async () => {
      const postingId = await insertPosting({ organizationId: employerOrg });
      const start = today();
      const fifteen = await hire(await newWorker({ birthDate: addDays(yearsBefore(start, 16), 1) }), postingId, start);
      expect(fifteen.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WORKER_UNDER_16' });
      const sixteen = await hire(await newWorker({ birthDate: yearsBefore(start, 16) }), postingId, start);
      expect(sixteen.errors).toBeUndefined();
      expect(sixteen.data?.hire).toMatchObject({ minor: true, status: 'ACTIVE' });
      const adult = await hire(await newWorker({ birthDate: yearsBefore(start, 18) }), postingId, start);
      expect(adult.data?.hire).toMatchObject({ minor: false });
    });

    it('keeps minors out of hazardous postings (井下, 有毒有害, 第四级体力劳动强度) and lets adults in', async () => {
      const hazardous = await insertPosting({ organizationId: employerOrg, title: '井下作业工', hazardous: true });
      const minor = await hire(await newWorker({ birthDate: yearsBefore(daysFromToday(-100), 17) }), hazardous, today());
      expect(minor.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MINOR_AT_HAZARDOUS_POSTING' });
      const adult = await hire(await newWorker({ birthDate: yearsBefore(today(), 18) }), hazardous, today());
      expect(adult.data?.hire).toMatchObject({ minor: false });
    });
  });

  describe('messages in English', () => {
    /** The same hire as hire(), asked for in English (Accept-Language: en); returns the first error. */
    async function hireInEnglish(worker: { caller: Caller }, postingId: string, startDate: string) {
      const application = (await worker.caller.ok(APPLY, { postingId })).applyToPosting;
      const answer = await t
        .http()
        .post('/graphql')
        .set('authorization', `Bearer ${employer.token!}`)
        .set('accept-language', 'en')
        .send({ query: HIRE, variables: { input: { applicationId: application.id, startDate, contractMonths: 12 } } });
      return answer.body.errors?.[0] as { message: string; extensions: Record<string, unknown> } | undefined;
    }

    it('explains the hiring window, the posting date and the minimum age in English when asked, with the same reasons', async () => {
      const postingId = await insertPosting({ organizationId: employerOrg, createdAt: createdDaysAgo(5) });
      const early = await hireInEnglish(await newWorker(), postingId, daysFromToday(-32));
      expect(early).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'START_TOO_EARLY' } });
      expect(early!.message).toContain('recorded by a bureau of the worker’s jurisdiction');
      const late = await hireInEnglish(await newWorker(), postingId, daysFromToday(91));
      expect(late).toMatchObject({
        message: `startDate must not be after ${daysFromToday(90)} (90 days from today)`,
        extensions: { reason: 'START_TOO_LATE' },
      });
      const beforePosting = await hireInEnglish(await newWorker(), postingId, daysFromToday(-6));
      expect(beforePosting).toMatchObject({ extensions: { reason: 'START_BEFORE_POSTING' } });
      expect(beforePosting!.message).toContain('the day the posting was created');
      const start = today();
      const young = await hireInEnglish(await newWorker({ birthDate: addDays(yearsBefore(start, 16), 1) }), postingId, start);
      expect(young).toMatchObject({ extensions: { reason: 'WORKER_UNDER_16' } });
      expect(young!.message).toContain('under 16');
      for (const error of [early, late, beforePosting, young]) expect(error!.message).not.toMatch(/[\u4e00-\u9fff]/);
    });
  });

  describe('recordHistoricalPlacement (补录)', () => {
    it('lets a bureau of the worker’s jurisdiction record an old, ended placement, audited and marked recordedLate', async () => {
      const worker = await newWorker();
      const postingId = await insertPosting({ organizationId: employerOrg });
      const input = {
        workerId: worker.id,
        postingId,
        agencyId: agentOrg,
        startDate: '2025-03-01',
        endDate: '2025-08-31',
        endReason: 'CONTRACT_ENDED',
        contractMonths: 6,
        reason: '2025 年惠水县纸质务工台账',
      };
      expect(await elsewhere.errorCode(RECORD_LATE, { input })).toBe('FORBIDDEN');
      expect(await employer.errorCode(RECORD_LATE, { input })).toBe('FORBIDDEN');
      const recorded = (await bureau.ok(RECORD_LATE, { input })).recordHistoricalPlacement;
      expect(recorded).toMatchObject({
        status: 'ENDED',
        recordedLate: true,
        organized: true,
        agentOrganizationId: agentOrg,
        startDate: '2025-03-01',
        endDate: '2025-08-31',
        endReason: 'CONTRACT_ENDED',
      });
      const audit = await queryOne<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE subject_id = $1 AND action = 'placement.recorded_late'`, [
        recorded.id,
      ]);
      expect(audit.n).toBe(1);
      // An ended past placement holds no opening.
      expect(await queryOne('SELECT active_placements FROM postings WHERE id = $1', [postingId])).toEqual({ active_placements: 0 });
      // The employer confirms its months as usual; the bureau's assessment carries the flag.
      await employer.ok(CONFIRM, { input: { placementId: recorded.id, month: '2025-03', employed: true, monthlyWage: 5000, socialInsurancePaid: true } });
      const assessed = (await bureau.ok(ELIGIBILITY, { id: recorded.id })).subsidyEligibility;
      expect(assessed.every((a: { recordedLate: boolean }) => a.recordedLate)).toBe(true);
    });

    it('refuses a record starting in the future, ending before its start or after today, without a reason, or with an employer as agency', async () => {
      const worker = await newWorker();
      const postingId = await insertPosting({ organizationId: employerOrg });
      const base = { workerId: worker.id, postingId, startDate: '2025-03-01', contractMonths: 6, reason: '台账' };
      const problem = async (input: Record<string, unknown>) => reasonOf(await bureau.gql(RECORD_LATE, { input: { ...base, ...input } }));
      expect(await problem({ startDate: daysFromToday(1) })).toBe('LATE_START_IN_FUTURE');
      expect(await problem({ endDate: '2025-02-28' })).toBe('END_BEFORE_START');
      expect(await problem({ endDate: daysFromToday(1) })).toBe('END_IN_FUTURE');
      expect(await problem({ reason: '   ' })).toBe('LATE_REASON_REQUIRED');
      expect(await problem({ agencyId: otherEmployerOrg })).toBe('AGENCY_NOT_AGENT');
      // A record may begin before the posting existed (the posting was entered after the fact too).
      const ongoing = (await bureau.ok(RECORD_LATE, { input: base })).recordHistoricalPlacement;
      expect(ongoing).toMatchObject({ status: 'ACTIVE', recordedLate: true, organized: false });
    });
  });

  describe('monthly confirmations and the end date', () => {
    it('confirms only months that have ended and lie within the placement', async () => {
      const worker = await newWorker();
      const postingId = await insertPosting({ organizationId: employerOrg });
      const placementId = (
        await bureau.ok(RECORD_LATE, { input: { workerId: worker.id, postingId, startDate: `${month(-2)}-15`, contractMonths: 12, reason: '台账' } })
      ).recordHistoricalPlacement.id;
      const confirm = (m: string) => employer.gql(CONFIRM, { input: { placementId, month: m, employed: true, monthlyWage: 5000, socialInsurancePaid: true } });
      expect((await confirm(month(-2))).errors).toBeUndefined();
      expect((await confirm(month(-1))).errors).toBeUndefined();
      for (const refused of [month(0), month(1), month(-3)]) {
        const result = await confirm(refused);
        expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MONTH_OUTSIDE_PLACEMENT', fields: ['month'] });
      }
      // The bureau that recorded it late may confirm too.
      const byBureau = await bureau.gql(CONFIRM, { input: { placementId, month: month(-1), employed: true, monthlyWage: 5100, socialInsurancePaid: true } });
      expect(byBureau.data?.confirmEmployment).toMatchObject({ revision: 2 });
    });

    it('refuses an end date before the last month confirmed as employed, naming those months', async () => {
      const worker = await newWorker();
      const postingId = await insertPosting({ organizationId: employerOrg });
      const placementId = (
        await bureau.ok(RECORD_LATE, { input: { workerId: worker.id, postingId, startDate: `${month(-3)}-01`, contractMonths: 12, reason: '台账' } })
      ).recordHistoricalPlacement.id;
      for (const m of [month(-3), month(-2), month(-1)]) {
        await employer.ok(CONFIRM, { input: { placementId, month: m, employed: true, monthlyWage: 5000, socialInsurancePaid: true } });
      }
      const early = await employer.gql(END, { input: { placementId, endDate: `${month(-2)}-20`, reason: 'RESIGNED' } });
      expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'END_BEFORE_CONFIRMED_MONTHS', fields: ['endDate'] });
      expect(early.errors?.[0].message).toContain(month(-1));
      expect(reasonOf(await employer.gql(END, { input: { placementId, endDate: daysFromToday(1), reason: 'RESIGNED' } }))).toBe('END_IN_FUTURE');
      expect(reasonOf(await employer.gql(END, { input: { placementId, endDate: `${month(-4)}-28`, reason: 'RESIGNED' } }))).toBe('END_BEFORE_START');
      // Within the last confirmed month is fine: the month was partly worked.
      const ended = (await employer.ok(END, { input: { placementId, endDate: `${month(-1)}-10`, reason: 'RESIGNED' } })).endPlacement;
      expect(ended).toMatchObject({ status: 'ENDED', endDate: `${month(-1)}-10` });
    });
  });

  describe('one full-time job at a time', () => {
    it('refuses a second full-time job over the same days, naming the period and not the other employer', async () => {
      const worker = await newWorker();
      const first = await insertPosting({ organizationId: employerOrg });
      const second = await insertPosting({ organizationId: otherEmployerOrg, regionCode: '330102' });
      expect((await hire(worker, first, today())).errors).toBeUndefined();
      const overlap = await hire(worker, second, daysFromToday(10), otherEmployer);
      expect(overlap.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'PLACEMENT_OVERLAPS' });
      expect(overlap.errors?.[0].message).toContain(today());
      expect(overlap.errors?.[0].message).not.toContain('深圳');
    });

    it('allows a part-time job beside a full-time one', async () => {
      const worker = await newWorker();
      const fullTime = await insertPosting({ organizationId: employerOrg });
      const partTime = await insertPosting({ organizationId: otherEmployerOrg, regionCode: '330102', kind: 'LOCAL', partTime: true });
      expect((await hire(worker, fullTime, today())).errors).toBeUndefined();
      const result = await hire(worker, partTime, today(), otherEmployer);
      expect(result.errors).toBeUndefined();
      expect(result.data?.hire).toMatchObject({ fullTime: false });
    });

    it('counts ended placements too: a late record cannot double-count months, but may sit before or after', async () => {
      const worker = await newWorker();
      const postingId = await insertPosting({ organizationId: employerOrg, headcount: 5 });
      const record = (input: Record<string, unknown>) =>
        bureau.gql(RECORD_LATE, { input: { workerId: worker.id, postingId, contractMonths: 6, reason: '台账', ...input } });
      expect((await record({ startDate: '2025-03-01', endDate: '2025-08-31' })).errors).toBeUndefined();
      const overlapping = await record({ startDate: '2025-06-01', endDate: '2025-07-31' });
      expect(overlapping.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'PLACEMENT_OVERLAPS' });
      expect(overlapping.errors?.[0].message).toContain('2025-03-01 至 2025-08-31');
      // [start, end): the next job may start on the day the previous one ended.
      expect((await record({ startDate: '2025-08-31', endDate: '2025-12-31' })).errors).toBeUndefined();
      expect((await record({ startDate: '2024-01-01', endDate: '2024-06-30' })).errors).toBeUndefined();
    });

    it('lets exactly one of 8 concurrent full-time hires of one worker through; the others are told PLACEMENT_OVERLAPS', async () => {
      const worker = await newWorker();
      const postings = await Promise.all(Array.from({ length: 8 }, () => insertPosting({ organizationId: employerOrg })));
      const applications: string[] = [];
      for (const postingId of postings) applications.push((await worker.caller.ok(APPLY, { postingId })).applyToPosting.id);
      const results = await Promise.all(
        applications.map((applicationId) => employer.gql(HIRE, { input: { applicationId, startDate: today(), contractMonths: 12 } })),
      );
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(new Set(results.filter((r) => r.errors).map((r) => `${r.errors![0].extensions?.code} ${reasonOf(r)}`))).toEqual(
        new Set(['CONFLICT PLACEMENT_OVERLAPS']),
      );
      expect(await queryOne(`SELECT count(*)::int AS n FROM placements WHERE worker_id = $1 AND status <> 'CANCELLED'`, [worker.id])).toEqual({ n: 1 });
    });
  });

  describe('upcoming placements', () => {
    it('holds the opening but employs nobody before the start: not EMPLOYED, returnee kept, household still zero-employment, phone masked', async () => {
      // 三都县: few households, so the zero-employment list fits one page.
      const worker = await newWorker({ hukouRegionCode: '522732' });
      const postingId = await insertPosting({ organizationId: employerOrg, headcount: 2 });
      // A returnee: home from an earlier job, recorded by the bureau.
      const earlier = (
        await bureau.ok(RECORD_LATE, {
          input: {
            workerId: worker.id,
            postingId: await insertPosting({ organizationId: otherEmployerOrg }),
            startDate: '2025-03-01',
            contractMonths: 6,
            reason: '台账',
          },
        })
      ).recordHistoricalPlacement.id;
      await otherEmployer.ok(END, { input: { placementId: earlier, endDate: daysFromToday(-2), reason: 'RETURNED_HOME' } });
      const application = (await worker.caller.ok(APPLY, { postingId })).applyToPosting;
      // While the application is live the employer sees the full phone…
      expect((await employer.ok(WORKER, { id: worker.id })).worker.phone).toMatch(/^139\d{8}$/);
      const placement = (await employer.ok(HIRE, { input: { applicationId: application.id, startDate: daysFromToday(14), contractMonths: 12 } })).hire;
      expect(placement.status).toBe('UPCOMING');
      expect((await employer.ok(PLACEMENT, { id: placement.id })).placement).toMatchObject({ status: 'UPCOMING', posting: { openings: 1 } });
      const upcoming = (await employer.ok(PLACEMENTS, { status: 'UPCOMING' })).placements.edges.map((e: { node: { id: string } }) => e.node.id);
      expect(upcoming).toContain(placement.id);
      expect((await employer.ok(PLACEMENTS, { status: 'ACTIVE' })).placements.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(
        placement.id,
      );
      expect((await bureau.ok(WORKER, { id: worker.id })).worker).toMatchObject({ seekingStatus: 'SEEKING', returnedHomeOn: daysFromToday(-2) });
      const ZERO = 'query($region: String!) { zeroEmploymentHouseholds(regionCode: $region, first: 100) { edges { node { id } } } }';
      const zero = async () => (await bureau.ok(ZERO, { region: '522732' })).zeroEmploymentHouseholds.edges.map((e: { node: { id: string } }) => e.node.id);
      expect(await zero()).toContain(worker.householdId);
      // …and after the hire, before the start, the employer has no need-to-know access yet.
      const seen = await employer.gql(WORKER, { id: worker.id });
      expect(seen.data?.worker?.phone ?? null).toBeNull();
      // A placement starting today is ACTIVE at once and employs the worker.
      const other = await newWorker({ hukouRegionCode: '522732' });
      const started = (await hire(other, postingId, today())).data?.hire;
      expect(started.status).toBe('ACTIVE');
      expect((await bureau.ok(WORKER, { id: other.id })).worker.seekingStatus).toBe('EMPLOYED');
      expect(await zero()).not.toContain(other.householdId);
    });
  });

  describe('cancelPlacement', () => {
    it('lets the employer cancel an upcoming hire: CANCELLED, the opening back, audited', async () => {
      const worker = await newWorker();
      const postingId = await insertPosting({ organizationId: employerOrg, headcount: 1 });
      const placementId = (await hire(worker, postingId, daysFromToday(20))).data?.hire.id;
      expect(await otherEmployer.errorCode(CANCEL, { input: { placementId } })).toBe('FORBIDDEN');
      expect(await worker.caller.errorCode(CANCEL, { input: { placementId } })).toBe('FORBIDDEN');
      const cancelled = (await employer.ok(CANCEL, { input: { placementId, reason: '录用有误' } })).cancelPlacement;
      expect(cancelled).toMatchObject({ status: 'CANCELLED', cancelReason: '录用有误' });
      expect(await queryOne('SELECT active_placements, status FROM postings WHERE id = $1', [postingId])).toEqual({ active_placements: 0, status: 'OPEN' });
      expect(await queryOne(`SELECT count(*)::int AS n FROM audit_log WHERE subject_id = $1 AND action = 'placement.cancelled'`, [placementId])).toEqual({
        n: 1,
      });
      expect(reasonOf(await employer.gql(CANCEL, { input: { placementId } }))).toBe('PLACEMENT_CANCELLED');
      // A cancelled placement no longer blocks another full-time job over the same days.
      const other = await insertPosting({ organizationId: otherEmployerOrg, regionCode: '330102' });
      expect((await hire(worker, other, daysFromToday(20), otherEmployer)).errors).toBeUndefined();
    });

    it('lets the employer cancel within 31 days after the start, not later; a bureau may at any time, with a reason', async () => {
      const worker = await newWorker();
      const postingId = await insertPosting({ organizationId: employerOrg, createdAt: createdDaysAgo(60) });
      const recent = (await hire(worker, postingId, daysFromToday(-31))).data?.hire.id;
      expect((await employer.gql(CANCEL, { input: { placementId: recent } })).errors).toBeUndefined();
      const old = (await bureau.ok(RECORD_LATE, { input: { workerId: worker.id, postingId, startDate: '2025-10-01', contractMonths: 12, reason: '台账' } }))
        .recordHistoricalPlacement.id;
      await employer.ok(CONFIRM, { input: { placementId: old, month: '2025-10', employed: true, monthlyWage: 5000, socialInsurancePaid: true } });
      expect(reasonOf(await employer.gql(CANCEL, { input: { placementId: old } }))).toBe('CANCEL_WINDOW_PASSED');
      expect(reasonOf(await bureau.gql(CANCEL, { input: { placementId: old } }))).toBe('CANCEL_REASON_REQUIRED');
      expect(await elsewhere.errorCode(CANCEL, { input: { placementId: old, reason: '重复录入' } })).toBe('FORBIDDEN');
      expect((await bureau.ok(CANCEL, { input: { placementId: old, reason: '台账重复录入' } })).cancelPlacement.status).toBe('CANCELLED');
      // Its confirmations never count: no more confirmations, and every subsidy is ineligible.
      const again = await employer.gql(CONFIRM, {
        input: { placementId: old, month: '2025-11', employed: true, monthlyWage: 5000, socialInsurancePaid: true },
      });
      expect(reasonOf(again)).toBe('PLACEMENT_CANCELLED');
      const assessed = (await bureau.ok(ELIGIBILITY, { id: old })).subsidyEligibility;
      expect(assessed.length).toBeGreaterThan(0);
      for (const a of assessed) expect(a).toMatchObject({ status: 'INELIGIBLE', reason: expect.stringContaining('已撤销') });
    });
  });
});
