import { DataSource } from 'typeorm';
import { MIGRATIONS } from '@app/database';
import { DEFAULT_FUND_OF_KIND, type SubsidyKindCode } from '@app/subsidies';
import type { IsolatedDatabase } from './isolated-database.js';

/** A PAID claim resting on `policyId`, as a real installation would have (its placement is beside the point: foreign keys off for this row). */
export async function insertClaimOn(db: IsolatedDatabase, policyId: string, kind: string): Promise<void> {
  await db.query('ALTER TABLE subsidy_claims DISABLE TRIGGER ALL');
  await db.query(
    `INSERT INTO subsidy_claims (placement_id, worker_id, worker_fingerprint, hukou_region_code, kind, beneficiary, amount, policy_id, status, evidence, submitted_by, claim_key, fund)
     VALUES (gen_random_uuid(), gen_random_uuid(), md5(random()::text) || md5(random()::text), '460105', $2::subsidy_kind, 'WORKER', 1000, $1, 'PAID', '{}', gen_random_uuid(), $2::text, $3::subsidy_fund)`,
    [policyId, kind, DEFAULT_FUND_OF_KIND[kind as SubsidyKindCode]],
  );
  await db.query('ALTER TABLE subsidy_claims ENABLE TRIGGER ALL');
}

/** Runs one migration's `up` again on a database set back to how it looked before that migration. */
export async function rerunMigration(db: IsolatedDatabase, namePrefix: string): Promise<void> {
  const migration = MIGRATIONS.find((m) => m.name.startsWith(namePrefix))!;
  const dataSource = new DataSource({ type: 'postgres', url: db.url });
  await dataSource.initialize();
  const runner = dataSource.createQueryRunner();
  try {
    await new migration().up(runner);
  } finally {
    await runner.release();
    await dataSource.destroy();
  }
}
