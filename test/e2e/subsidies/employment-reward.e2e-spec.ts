import { createIsolatedDatabase, type IsolatedDatabase } from '../../support/isolated-database.js';
import { insertClaimOn, rerunMigration } from '../../support/migration-rerun.js';

const AWAY_REWARD = '连续外出务工满6个月奖补';

/**
 * Migration EmploymentReward on an installation seeded before it: Hainan's away reward, stored as a TRANSPORT rule,
 * becomes an EMPLOYMENT_REWARD counted per person-time in the shipped versions without a claim; a version a claim rests
 * on stays as it was.
 */
describe('migration EmploymentReward', () => {
  let db: IsolatedDatabase;

  beforeAll(async () => {
    db = await createIsolatedDatabase();
  });
  afterAll(() => db?.drop());

  it('moves the away reward to its own kind where no claim rests on the version, and leaves the others alone', async () => {
    // As seeded before the migration: the reward as a TRANSPORT rule, once ever.
    await db.query(
      `UPDATE subsidy_policies SET rules = (SELECT jsonb_agg(CASE WHEN r->>'title' = $1 THEN r || '{"kind": "TRANSPORT", "oncePer": "PERSON_KIND"}'::jsonb ELSE r END ORDER BY ord)
                                               FROM jsonb_array_elements(rules) WITH ORDINALITY AS t(r, ord))
        WHERE province_code = '460000' AND created_by IS NULL`,
      [AWAY_REWARD],
    );
    const [hainan1] = await db.query<{ id: string }>(`SELECT id FROM subsidy_policies WHERE province_code = '460000' AND version = '1'`);
    await insertClaimOn(db, hainan1.id, 'TRANSPORT');

    await rerunMigration(db, 'EmploymentReward');

    const rows = await db.query<{ version: string; kind: string; once: string }>(
      `SELECT p.version, r->>'kind' AS kind, r->>'oncePer' AS once
         FROM subsidy_policies p, jsonb_array_elements(p.rules) r
        WHERE p.province_code = '460000' AND p.created_by IS NULL AND r->>'title' = $1 ORDER BY p.version`,
      [AWAY_REWARD],
    );
    expect(rows).toEqual([
      { version: '1', kind: 'TRANSPORT', once: 'PERSON_KIND' },
      { version: '2', kind: 'EMPLOYMENT_REWARD', once: 'PLACEMENT_KIND' },
    ]);
    // The kind is a value of the enum: a claim of it can be stored.
    const [{ ok }] = await db.query<{ ok: boolean }>(`SELECT 'EMPLOYMENT_REWARD'::subsidy_kind IS NOT NULL AS ok`);
    expect(ok).toBe(true);
  });
});
