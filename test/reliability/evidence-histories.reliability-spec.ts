import fc from 'fast-check';
import pg from 'pg';
import { addDays, chinaToday } from '@app/common';
import { randomCreditCode, randomIdNumber, uniqueUsername } from '@app/testing';
import { signUpOrganization } from '../support/organizations.js';
import { insertPosting } from '../support/postings-fixture.js';
import { insertAccount, TEST_PASSWORD } from '../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../support/test-app.js';

const APPLY = 'mutation($input: ApplyToPostingInput!) { applyToPosting(input: $input) { id } }';
const HIRE = 'mutation($input: HireInput!) { hire(input: $input) { id } }';
const RECORD_LATE = 'mutation($input: RecordHistoricalPlacementInput!) { recordHistoricalPlacement(input: $input) { id } }';
const END = 'mutation($input: EndPlacementInput!) { endPlacement(input: $input) { id } }';
const CANCEL = 'mutation($input: CancelPlacementInput!) { cancelPlacement(input: $input) { id } }';
const CONFIRM = 'mutation($input: ConfirmEmploymentInput!) { confirmEmployment(input: $input) { revision } }';
const SUBMIT = 'mutation($input: SubmitSubsidyClaimInput!) { submitSubsidyClaim(input: $input) { id } }';
const REVIEW = 'mutation($input: ReviewSubsidyClaimInput!) { reviewSubsidyClaim(input: $input) { id } }';
const PAY = 'mutation($input: MarkSubsidyClaimPaidInput!) { markSubsidyClaimPaid(input: $input) { id } }';

/** A step of a history, with its arguments as random draws; indices pick among what exists when the step runs. */
type Step =
  | { kind: 'hire'; worker: number; posting: number; startOffset: number }
  | { kind: 'recordLate'; worker: number; posting: number; startDay: number; days: number | null; organised: boolean; confirmed: number }
  | { kind: 'end'; placement: number; endOffset: number }
  | { kind: 'cancel'; placement: number; byBureau: boolean }
  | { kind: 'confirm'; placement: number; monthOffset: number; months: number }
  | { kind: 'claim'; placement: number; subsidy: 'TRANSPORT' | 'JOB_SEEKING'; payOffset: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('hire' as const), worker: fc.nat(2), posting: fc.nat(2), startOffset: fc.integer({ min: -45, max: 100 }) }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('recordLate' as const),
      worker: fc.nat(2),
      posting: fc.nat(2),
      startDay: fc.integer({ min: 0, max: 900 }),
      days: fc.option(fc.integer({ min: -5, max: 400 })),
      organised: fc.boolean(),
      // The employer confirms this many months from the start right away, as a ledger usually comes with its months.
      confirmed: fc.nat(4),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('end' as const), placement: fc.nat(20), endOffset: fc.integer({ min: -30, max: 400 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cancel' as const), placement: fc.nat(20), byBureau: fc.boolean() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('confirm' as const),
      placement: fc.nat(20),
      monthOffset: fc.oneof(fc.constant(0), fc.integer({ min: -2, max: 14 })),
      months: fc.integer({ min: 1, max: 6 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('claim' as const),
      placement: fc.nat(20),
      subsidy: fc.constantFrom('TRANSPORT' as const, 'JOB_SEEKING' as const),
      // Approval happens on the day of the run: around it, a payment is on time, early or in the future.
      payOffset: fc.integer({ min: -1, max: 1 }),
    }),
  },
);

/** YYYY-MM of a date plus `months` (months from the date's own month). */
function monthAfter(date: string, months: number): string {
  const [y, m] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * Whatever a careless or hostile user does, in whatever order, the evidence stays possible: random histories of
 * hires, bureau-recorded placements, ends, cancellations, confirmations, claims and payments, then the invariants
 * read straight from the database.
 */
describe('no sequence of API calls produces impossible evidence', () => {
  let t: TestApp;
  let db: pg.Client;
  let reviewer: Caller; // approves claims
  let cashier: Caller; // a second account of the same bureau: marks them paid
  let employer: Caller;
  let agencyId: string; // a verified agency that organised some of the recorded placements (有组织劳务输出)
  const internalErrors: string[] = [];
  /** What the histories really produced, so the property cannot pass on histories that were all refused. */
  const produced = { placements: 0, recordedLate: 0, ended: 0, cancelled: 0, confirmations: 0, paid: 0 };

  async function call(caller: Caller, query: string, input: Record<string, unknown>): Promise<Record<string, any> | undefined> {
    const result = await caller.gql(query, { input });
    for (const error of result.errors ?? []) {
      if (error.extensions?.code === 'INTERNAL_SERVER_ERROR' || typeof error.extensions?.code !== 'string')
        internalErrors.push(`${query.slice(9, 40)}: ${error.message}`);
    }
    return result.errors?.length ? undefined : (result.data ?? undefined);
  }

  async function signUpEmployer(): Promise<{ caller: Caller; organizationId: string }> {
    const username = uniqueUsername('hist');
    const data = await t.anonymous.ok('mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { account { organizationId } } }', {
      input: {
        name: '历史测试电子厂',
        kind: 'ENTERPRISE',
        creditCode: randomCreditCode('440306'),
        regionCode: '440306',
        smallOrMicro: true,
        username,
        password: TEST_PASSWORD,
      },
    });
    return { caller: await t.signIn(username, TEST_PASSWORD), organizationId: data.registerOrganization.account.organizationId };
  }

  async function registerWorker(): Promise<{ id: string; caller: Caller }> {
    const username = uniqueUsername('hw');
    const input = {
      name: '吴阿妹',
      idNumber: randomIdNumber('522731'),
      hukouRegionCode: '522731',
      categories: ['POVERTY_ALLEVIATED'],
      categoriesSince: '2020-06-01',
      laborCapacity: 'FULL',
      username,
      password: TEST_PASSWORD,
    };
    const id = (await reviewer.ok('mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }', { input })).registerWorker.id;
    return { id, caller: await t.signIn(username, TEST_PASSWORD) };
  }

  beforeAll(async () => {
    t = await startTestApp({ OUTBOX_RELAY: 'false' });
    db = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    reviewer = await t.signIn(await insertAccount('BUREAU', '522700'), TEST_PASSWORD);
    cashier = await t.signIn(await insertAccount('BUREAU', '522700'), TEST_PASSWORD);
    ({ organizationId: agencyId } = await signUpOrganization(t, 'LABOR_AGENCY', '522731', { verifiedBy: reviewer }));
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  it('keeps full-time placements apart, confirms only finished months inside a placement, and pays only after approval', async () => {
    const today = chinaToday();
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 25 }), async (steps) => {
        // A fresh employer and three fresh workers per history, so histories do not interfere.
        const { caller, organizationId } = await signUpEmployer();
        employer = caller;
        const postings = [
          await insertPosting({ organizationId, headcount: 50, createdAt: '2024-01-01T00:00:00Z' }),
          await insertPosting({ organizationId, headcount: 50, createdAt: '2024-01-01T00:00:00Z' }),
          await insertPosting({ organizationId, headcount: 50, partTime: true, createdAt: '2024-01-01T00:00:00Z' }),
        ];
        const workers = [await registerWorker(), await registerWorker(), await registerWorker()];
        const placements: Array<{ id: string; start: string; worker: Caller }> = [];
        const pick = (i: number) => (placements.length ? placements[i % placements.length] : undefined);

        for (const s of steps) {
          if (s.kind === 'hire') {
            const worker = workers[s.worker];
            const applied = await call(worker.caller, APPLY, { postingId: postings[s.posting] });
            if (!applied) continue;
            const start = addDays(today, s.startOffset);
            const hired = await call(employer, HIRE, { applicationId: applied.applyToPosting.id, startDate: start, contractMonths: 12 });
            if (hired) placements.push({ id: hired.hire.id, start, worker: worker.caller });
          } else if (s.kind === 'recordLate') {
            const start = addDays('2024-03-01', s.startDay);
            const endDate = s.days === null ? null : addDays(start, s.days);
            const input = {
              workerId: workers[s.worker].id,
              postingId: postings[s.posting],
              agencyId: s.organised ? agencyId : null,
              startDate: start,
              endDate,
              contractMonths: 12,
              reason: '纸质台账补录',
            };
            const recorded = await call(reviewer, RECORD_LATE, endDate ? { ...input, endReason: 'CONTRACT_ENDED' } : input);
            if (!recorded) continue;
            const id: string = recorded.recordHistoricalPlacement.id;
            placements.push({ id, start, worker: workers[s.worker].caller });
            for (let i = 0; i < s.confirmed; i++) {
              await call(employer, CONFIRM, { placementId: id, month: monthAfter(start, i), employed: true, monthlyWage: 5000, socialInsurancePaid: true });
            }
          } else if (s.kind === 'end') {
            const p = pick(s.placement);
            if (p) await call(employer, END, { placementId: p.id, endDate: addDays(p.start, s.endOffset), reason: 'RESIGNED' });
          } else if (s.kind === 'cancel') {
            const p = pick(s.placement);
            if (p) await call(s.byBureau ? reviewer : employer, CANCEL, { placementId: p.id, reason: '录入错误' });
          } else if (s.kind === 'confirm') {
            const p = pick(s.placement);
            if (!p) continue;
            for (let i = 0; i < s.months; i++) {
              const month = monthAfter(p.start, s.monthOffset + i);
              await call(employer, CONFIRM, { placementId: p.id, month, employed: true, monthlyWage: 5000, socialInsurancePaid: true });
            }
          } else {
            const p = pick(s.placement);
            if (!p) continue;
            const claimed = await call(p.worker, SUBMIT, { placementId: p.id, kind: s.subsidy });
            if (!claimed) continue;
            await call(reviewer, REVIEW, { claimId: claimed.submitSubsidyClaim.id, approve: true, note: '材料齐全' });
            await call(cashier, PAY, { claimId: claimed.submitSubsidyClaim.id, paidOn: addDays(today, s.payOffset), reference: 'QN-1' });
          }
        }

        const ids = workers.map((w) => w.id);
        const overlaps = await db.query(
          `SELECT a.id FROM placements a JOIN placements b ON a.worker_id = b.worker_id AND a.id < b.id
            WHERE a.worker_id = ANY($1::uuid[]) AND a.full_time AND b.full_time AND a.status <> 'CANCELLED' AND b.status <> 'CANCELLED'
              AND daterange(a.start_date, a.end_date, '[)') && daterange(b.start_date, b.end_date, '[)')`,
          [ids],
        );
        expect(overlaps.rows).toEqual([]);
        // A month counts only once it has ended (China time) and only inside its placement.
        const impossibleMonths = await db.query(
          `SELECT c.month, p.start_date::text, p.end_date::text FROM employment_confirmations c JOIN placements p ON p.id = c.placement_id
            WHERE p.worker_id = ANY($1::uuid[]) AND (
              (to_date(c.month, 'YYYY-MM') + interval '1 month')::date > $2::date
              OR (to_date(c.month, 'YYYY-MM') + interval '1 month' - interval '1 day')::date < p.start_date
              OR (p.end_date IS NOT NULL AND to_date(c.month, 'YYYY-MM') > p.end_date))`,
          [ids, today],
        );
        expect(impossibleMonths.rows).toEqual([]);
        const badPayments = await db.query(
          `SELECT id, paid_on::text, reviewed_at FROM subsidy_claims
            WHERE worker_id = ANY($1::uuid[]) AND paid_on IS NOT NULL
              AND (paid_on < (reviewed_at AT TIME ZONE 'Asia/Shanghai')::date OR paid_on > $2::date OR status <> 'PAID')`,
          [ids, today],
        );
        expect(badPayments.rows).toEqual([]);
        const endedBeforeStart = await db.query(`SELECT id FROM placements WHERE worker_id = ANY($1::uuid[]) AND end_date < start_date`, [ids]);
        expect(endedBeforeStart.rows).toEqual([]);

        const [counts] = (
          await db.query(
            `SELECT (SELECT count(*)::int FROM placements WHERE worker_id = ANY($1::uuid[])) AS placements,
                    (SELECT count(*)::int FROM placements WHERE worker_id = ANY($1::uuid[]) AND recorded_late) AS "recordedLate",
                    (SELECT count(*)::int FROM placements WHERE worker_id = ANY($1::uuid[]) AND status = 'ENDED') AS ended,
                    (SELECT count(*)::int FROM placements WHERE worker_id = ANY($1::uuid[]) AND status = 'CANCELLED') AS cancelled,
                    (SELECT count(*)::int FROM employment_confirmations c JOIN placements p ON p.id = c.placement_id WHERE p.worker_id = ANY($1::uuid[])) AS confirmations,
                    (SELECT count(*)::int FROM subsidy_claims WHERE worker_id = ANY($1::uuid[]) AND status = 'PAID') AS paid`,
            [ids],
          )
        ).rows as Array<typeof produced>;
        for (const key of Object.keys(produced) as Array<keyof typeof produced>) produced[key] += counts[key];
      }),
      { numRuns: 40, seed: 20261202 },
    );
    expect(internalErrors).toEqual([]);
    for (const [what, count] of Object.entries(produced)) expect({ what, some: count > 0 }).toEqual({ what, some: true });
  }, 600_000);
});
