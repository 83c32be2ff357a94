import { createIsolatedDatabase, type IsolatedDatabase } from '../../support/isolated-database.js';
import { insertClaimOn, rerunMigration } from '../../support/migration-rerun.js';

interface Rule {
  kind: string;
  conditions: { type: string; months?: number }[];
}

const minimumOf = (rules: Rule[]) =>
  rules.filter((r) => r.kind === 'ABSORPTION').map((r) => r.conditions.find((c) => c.type === 'minStableMonths')?.months ?? null);

/**
 * Migration AbsorptionMinimum on an installation seeded before it: the shipped versions without a claim gain the
 * one-month minimum; a version a claim rests on stays as it was (it is immutable; its correction is a new version).
 */
describe('migration AbsorptionMinimum', () => {
  let db: IsolatedDatabase;

  beforeAll(async () => {
    db = await createIsolatedDatabase();
  });
  afterAll(() => db?.drop());

  it('adds the one-month minimum to shipped versions no claim rests on, and leaves the others alone', async () => {
    const stripped = `(SELECT jsonb_agg(jsonb_set(r, '{conditions}', (SELECT coalesce(jsonb_agg(c), '[]') FROM jsonb_array_elements(r->'conditions') c WHERE c->>'type' <> 'minStableMonths')))
                         FROM jsonb_array_elements(rules) r)`;
    // As seeded before the migration: Guizhou's and Hainan's absorption rules state no minimum.
    await db.query(`UPDATE subsidy_policies SET rules = ${stripped} WHERE created_by IS NULL AND province_code IN ('520000', '460000')`);
    // A claim rests on Hainan's version 1 (as a real installation would have; its placement is beside the point, so
    // the foreign keys are off for this one row).
    const [hainan1] = await db.query<{ id: string }>(`SELECT id FROM subsidy_policies WHERE province_code = '460000' AND version = '1'`);
    await insertClaimOn(db, hainan1.id, 'TRANSPORT');

    await rerunMigration(db, 'AbsorptionMinimum');

    const rows = await db.query<{ province: string; version: string; rules: Rule[] }>(
      `SELECT province_code AS province, version, rules FROM subsidy_policies WHERE created_by IS NULL ORDER BY province_code, version`,
    );
    expect(rows.map((r) => [r.province, r.version, minimumOf(r.rules)])).toEqual([
      ['460000', '1', [null, null]],
      ['460000', '2', [1]],
      ['520000', '1', [1]],
    ]);
  });
});
