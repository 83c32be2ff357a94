import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Attestation: who vouches for each month, and what the agency records instead.
 * - employment_confirmations.attested_by_role: the role of the attesting account, existing rows backfilled from the
 *   confirming account's role (an AGENT role there marks a month an agency confirmed before agents stopped: it never
 *   counts for the agency's own subsidy, nor for the worker's).
 * - placement_follow_ups: an organising agency's follow-ups (跟踪回访), a table of their own.
 * - subsidy_claims.employment_check: how the bureau checked the employment when approving an ABSORPTION claim.
 * - application_status gains CANCELLED (the application of a cancelled placement; backfilled in the next migration,
 *   because PostgreSQL refuses a new enum value in the transaction that added it).
 * - Statistics: the placements trigger also marks a county dirty when a placement's status changes (a cancellation),
 *   and every county with a cancelled placement is rebuilt once, now that cancelled placements never count.
 */
export class Attestation1795429800000 implements MigrationInterface {
    name = 'Attestation1795429800000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "employment_confirmations" ADD "attested_by_role" "public"."account_role"`);
        await queryRunner.query(`UPDATE "employment_confirmations" c SET "attested_by_role" = a."role" FROM "accounts" a WHERE a."id" = c."confirmed_by"`);
        await queryRunner.query(`ALTER TABLE "employment_confirmations" ALTER COLUMN "attested_by_role" SET NOT NULL`);
        await queryRunner.query(`CREATE TYPE "public"."follow_up_channel" AS ENUM('PHONE', 'VISIT', 'MESSAGE', 'OTHER')`);
        await queryRunner.query(`CREATE TABLE "placement_follow_ups" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "placement_id" uuid NOT NULL, "agent_organization_id" uuid NOT NULL, "contacted_on" date NOT NULL, "channel" "public"."follow_up_channel" NOT NULL, "note" text NOT NULL, "still_employed" boolean, "recorded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_placement_follow_ups_note" CHECK (length("note") BETWEEN 1 AND 500), CONSTRAINT "PK_placement_follow_ups" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_placement_follow_ups_placement" ON "placement_follow_ups" ("placement_id", "contacted_on") `);
        await queryRunner.query(`ALTER TABLE "placement_follow_ups" ADD CONSTRAINT "fk_placement_follow_ups_placement" FOREIGN KEY ("placement_id") REFERENCES "placements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "placement_follow_ups" ADD CONSTRAINT "fk_placement_follow_ups_agent_organization" FOREIGN KEY ("agent_organization_id") REFERENCES "organizations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "subsidy_claims" ADD "employment_check" text`);
        await queryRunner.query(`ALTER TYPE "public"."application_status" ADD VALUE IF NOT EXISTS 'CANCELLED'`);
        await queryRunner.query(`
      CREATE OR REPLACE FUNCTION "statistics_mark_placements"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO statistics_dirty (county_code, dirty_from)
            SELECT hukou_region_code, min(start_date) FROM new_rows GROUP BY 1;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO statistics_dirty (county_code, dirty_from)
            SELECT hukou_region_code, min(start_date) FROM old_rows GROUP BY 1;
        ELSE
          INSERT INTO statistics_dirty (county_code, dirty_from)
            SELECT county, min(day) FROM (
              SELECT o.hukou_region_code AS county, o.start_date AS day, n.hukou_region_code AS new_county, n.start_date AS new_day
              FROM old_rows o JOIN new_rows n ON n.id = o.id
              WHERE (o.worker_id, o.hukou_region_code, o.start_date, o.end_date, o.end_reason, o.scope, o.posting_kind, o.status)
                    IS DISTINCT FROM (n.worker_id, n.hukou_region_code, n.start_date, n.end_date, n.end_reason, n.scope, n.posting_kind, n.status)
            ) changed
            CROSS JOIN LATERAL (VALUES (county, day), (new_county, new_day)) AS v(c, d)
            GROUP BY 1;
        END IF;
        RETURN NULL;
      END $$`);
        await queryRunner.query(`INSERT INTO statistics_dirty (county_code, dirty_from) SELECT hukou_region_code, min(start_date) FROM placements WHERE status = 'CANCELLED' GROUP BY 1`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
      CREATE OR REPLACE FUNCTION "statistics_mark_placements"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO statistics_dirty (county_code, dirty_from)
            SELECT hukou_region_code, min(start_date) FROM new_rows GROUP BY 1;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO statistics_dirty (county_code, dirty_from)
            SELECT hukou_region_code, min(start_date) FROM old_rows GROUP BY 1;
        ELSE
          INSERT INTO statistics_dirty (county_code, dirty_from)
            SELECT county, min(day) FROM (
              SELECT o.hukou_region_code AS county, o.start_date AS day, n.hukou_region_code AS new_county, n.start_date AS new_day
              FROM old_rows o JOIN new_rows n ON n.id = o.id
              WHERE (o.worker_id, o.hukou_region_code, o.start_date, o.end_date, o.end_reason, o.scope, o.posting_kind)
                    IS DISTINCT FROM (n.worker_id, n.hukou_region_code, n.start_date, n.end_date, n.end_reason, n.scope, n.posting_kind)
            ) changed
            CROSS JOIN LATERAL (VALUES (county, day), (new_county, new_day)) AS v(c, d)
            GROUP BY 1;
        END IF;
        RETURN NULL;
      END $$`);
        await queryRunner.query(`ALTER TABLE "subsidy_claims" DROP COLUMN "employment_check"`);
        await queryRunner.query(`ALTER TABLE "placement_follow_ups" DROP CONSTRAINT "fk_placement_follow_ups_agent_organization"`);
        await queryRunner.query(`ALTER TABLE "placement_follow_ups" DROP CONSTRAINT "fk_placement_follow_ups_placement"`);
        await queryRunner.query(`DROP INDEX "public"."idx_placement_follow_ups_placement"`);
        await queryRunner.query(`DROP TABLE "placement_follow_ups"`);
        await queryRunner.query(`DROP TYPE "public"."follow_up_channel"`);
        await queryRunner.query(`ALTER TABLE "employment_confirmations" DROP COLUMN "attested_by_role"`);
        // application_status keeps CANCELLED: PostgreSQL cannot drop an enum value (rows using it are moved back first).
    }
}
