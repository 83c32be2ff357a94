import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A fifth kind, EMPLOYMENT_REWARD (务工奖补), for rewards of work itself (issue 16): Hainan's reward for six continuous
 * months away was stored as a TRANSPORT rule with its own title, which let it share the transport subsidy's once-ever
 * key with a real fare subsidy. The shipped Hainan versions no claim rests on (created_by NULL) move it to the new kind,
 * counted per person-time (PLACEMENT_KIND) as Hainan counts it (人次). A version a claim rests on is immutable: its
 * correction is the province's next version.
 */
export class EmploymentReward1796298551839 implements MigrationInterface {
  name = 'EmploymentReward1796298551839';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."subsidy_kind" ADD VALUE IF NOT EXISTS 'EMPLOYMENT_REWARD'`);
    await queryRunner.query(`
      UPDATE "subsidy_policies" p
         SET "rules" = (
           SELECT jsonb_agg(
                    CASE WHEN r->>'kind' = 'TRANSPORT' AND r->>'title' = '连续外出务工满6个月奖补'
                         THEN r || '{"kind": "EMPLOYMENT_REWARD", "oncePer": "PLACEMENT_KIND"}'::jsonb
                         ELSE r END
                    ORDER BY ord)
             FROM jsonb_array_elements(p."rules") WITH ORDINALITY AS t(r, ord))
       WHERE p."created_by" IS NULL AND p."province_code" = '460000'
         AND NOT EXISTS (SELECT 1 FROM "subsidy_claims" c WHERE c."policy_id" = p."id")`);
  }

  public async down(): Promise<void> {
    // PostgreSQL cannot drop an enum value, and moving the rules back would join the reward to the fare's key again.
  }
}
