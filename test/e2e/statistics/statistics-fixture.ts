import pg from 'pg';
import { chinaToday } from '@app/common';
import { DEFAULT_FUND_OF_KIND, type SubsidyKindCode } from '@app/subsidies';
import { randomCreditCode, randomIdNumber, randomMobile, uniqueUsername } from '@app/testing';
import { insertPosting, type PostingRow } from '../../support/postings-fixture.js';
import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import type { Caller, TestApp } from '../../support/test-app.js';

const REGISTER_ORG = 'mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { account { organizationId } } }';
const REGISTER_WORKER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id household { id } } }';
const APPLY = 'mutation($postingId: ID!) { applyToPosting(input: { postingId: $postingId }) { id } }';
const HIRE = 'mutation($input: HireInput!) { hire(input: $input) { id } }';
const RECORD_LATE = 'mutation($input: RecordHistoricalPlacementInput!) { recordHistoricalPlacement(input: $input) { id } }';
const END = 'mutation($input: EndPlacementInput!) { endPlacement(input: $input) { id status } }';

export interface TestWorker {
  id: string;
  householdId: string;
  caller: Caller;
  idNumber: string;
  phone: string;
  name: string;
}

async function withClient<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/**
 * Builds a small known world through the API (registration, applications, hires, endings). Only what the API cannot
 * do is written with SQL: category periods in the past (registration starts them today) and subsidy claims in exact
 * states and on exact dates.
 */
export class StatisticsWorld {
  constructor(private readonly t: TestApp) {}

  async organization(kind: string, regionCode: string, name: string): Promise<{ caller: Caller; organizationId: string }> {
    const username = uniqueUsername(kind.toLowerCase());
    const data = await this.t.anonymous.ok(REGISTER_ORG, {
      input: { name, kind, creditCode: randomCreditCode(regionCode), regionCode, smallOrMicro: false, username, password: TEST_PASSWORD },
    });
    return { caller: await this.t.signIn(username, TEST_PASSWORD), organizationId: data.registerOrganization.account.organizationId };
  }

  posting(row: PostingRow): Promise<string> {
    return insertPosting(row);
  }

  async worker(
    registrar: Caller,
    hukouRegionCode: string,
    name: string,
    options: { laborCapacity?: string; householdId?: string; categories?: string[] } = {},
  ): Promise<TestWorker> {
    const username = uniqueUsername('w');
    const idNumber = randomIdNumber(hukouRegionCode);
    const phone = randomMobile();
    const input = {
      name,
      idNumber,
      phone,
      hukouRegionCode,
      categories: options.categories ?? ['POVERTY_ALLEVIATED'],
      laborCapacity: options.laborCapacity ?? 'FULL',
      householdId: options.householdId,
      username,
      password: TEST_PASSWORD,
    };
    const registered = (await registrar.ok(REGISTER_WORKER, { input })).registerWorker;
    return { id: registered.id, householdId: registered.household.id, caller: await this.t.signIn(username, TEST_PASSWORD), idNumber, phone, name };
  }

  /** Replaces the worker's category history with these periods ([from, to), open-ended when to is null). */
  async categoryHistory(workerId: string, periods: Array<{ category: string; from: string; to?: string | null }>): Promise<void> {
    await withClient(async (client) => {
      await client.query('DELETE FROM worker_categories WHERE worker_id = $1', [workerId]);
      for (const p of periods) {
        await client.query('INSERT INTO worker_categories (worker_id, category, effective_from, effective_to) VALUES ($1, $2, $3, $4)', [
          workerId,
          p.category,
          p.from,
          p.to ?? null,
        ]);
      }
    });
  }

  /**
   * The worker applies and `hirer` hires from `startDate`, for a start from today on; a start in the past (before the
   * posting, inserted today, existed) is recorded as a bureau records a past placement (recordHistoricalPlacement).
   * Returns the placement id.
   */
  async place(worker: TestWorker, postingId: string, hirer: Caller, startDate: string, contractMonths = 12): Promise<string> {
    if (startDate < chinaToday()) {
      this.recorder ??= await this.t.signIn(await insertAccount('ADMIN'), TEST_PASSWORD);
      const input = { workerId: worker.id, postingId, startDate, contractMonths, reason: '统计测试：纸质台账补录' };
      return (await this.recorder.ok(RECORD_LATE, { input })).recordHistoricalPlacement.id;
    }
    const application = (await worker.caller.ok(APPLY, { postingId })).applyToPosting;
    return (await hirer.ok(HIRE, { input: { applicationId: application.id, startDate, contractMonths } })).hire.id;
  }

  private recorder?: Caller;

  async end(by: Caller, placementId: string, endDate: string, reason: string): Promise<void> {
    await by.ok(END, { input: { placementId, endDate, reason } });
  }

  /** A claim on a placement in an exact state (its once-per key unique: statistics count claims, not keys); createdAt is a timestamp with its zone, e.g. 2025-11-05T10:00:00+08:00. */
  async claim(placementId: string, claim: { kind: string; amount: number; status: string; createdAt: string; paidOn?: string }): Promise<void> {
    await withClient(async (client) => {
      const policy = await client.query('SELECT id FROM subsidy_policies ORDER BY created_at LIMIT 1');
      await client.query(
        `INSERT INTO subsidy_claims (placement_id, worker_id, worker_fingerprint, hukou_region_code, kind, beneficiary, amount, policy_id,
                                     status, evidence, submitted_by, paid_on, created_at, claim_key, fund)
         SELECT pl.id, pl.worker_id, w.id_fingerprint, pl.hukou_region_code, $2, 'WORKER', $3, $4, $5, '{}'::jsonb, gen_random_uuid(), $6, $7,
                $8::text || ':fixture-' || gen_random_uuid()::text, $9::subsidy_fund
         FROM placements pl JOIN workers w ON w.id = pl.worker_id WHERE pl.id = $1`,
        [
          placementId,
          claim.kind,
          claim.amount,
          policy.rows[0].id,
          claim.status,
          claim.paidOn ?? null,
          claim.createdAt,
          claim.kind,
          DEFAULT_FUND_OF_KIND[claim.kind as SubsidyKindCode],
        ],
      );
    });
  }
}
