import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Absorption needs a minimum (issue 16): every ABSORPTION rule of the shipped policies (created_by NULL) gains
 * { type: minStableMonths, months: 1 } unless it states one already, so a one-day job earns nothing. Only versions no
 * claim rests on change: a version a claim refers to is immutable (migration PolicySuccession), and its correction is
 * a new version the province enters. Versions entered through the API are validated on entry (POLICY_ABSORPTION_MINIMUM).
 */
export class AbsorptionMinimum1796251463488 implements MigrationInterface {
  name = 'AbsorptionMinimum1796251463488';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      UPDATE "subsidy_policies" p
         SET "rules" = (
           SELECT jsonb_agg(
                    CASE WHEN r->>'kind' = 'ABSORPTION'
                          AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(r->'conditions') c WHERE c->>'type' = 'minStableMonths')
                         THEN jsonb_set(r, '{conditions}', (r->'conditions') || '[{"type": "minStableMonths", "months": 1}]'::jsonb)
                         ELSE r END
                    ORDER BY ord)
             FROM jsonb_array_elements(p."rules") WITH ORDINALITY AS t(r, ord))
       WHERE p."created_by" IS NULL
         AND NOT EXISTS (SELECT 1 FROM "subsidy_claims" c WHERE c."policy_id" = p."id")`);
  }

  public async down(): Promise<void> {
    // The minimum stays: removing it would let one-day jobs earn absorption subsidies again.
  }
}
