import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The statistics rollup for the receiving side (issue 19): placementStatistics(side: WORKPLACE) counts placements by
 * the posting's workplace, so the rollup now holds a second side, per work county, with the hukou province as a
 * fourth rolled-up dimension (grouping bit 8), and the dirty marks say which side's county changed. Written by hand,
 * like 1795429100000-StatisticsRollup: the schema builder knows nothing of triggers, and no entity maps these tables.
 *
 * Existing rows are the hukou side (the column's default) and keep their grouping values (0..7, hukou_province null).
 * Every work county with placements is marked dirty from its first placement, so until the refresher has built it the
 * workplace side is counted live: never a missing number.
 */
export class StatisticsWorkplaceRollup1796359500000 implements MigrationInterface {
  name = 'StatisticsWorkplaceRollup1796359500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."statistics_side" AS ENUM('HUKOU', 'WORKPLACE')`);
    await queryRunner.query(`ALTER TABLE "statistics_rollup" ADD "side" "public"."statistics_side" NOT NULL DEFAULT 'HUKOU'`);
    // Where the workers come from (workplace side only): null when rolled up, and always on the hukou side.
    await queryRunner.query(`ALTER TABLE "statistics_rollup" ADD "hukou_province" character(6)`);
    await queryRunner.query(`ALTER TABLE "statistics_rollup" DROP CONSTRAINT "ck_statistics_rollup_grouping"`);
    await queryRunner.query(`
      ALTER TABLE "statistics_rollup" ADD CONSTRAINT "ck_statistics_rollup_grouping"
        CHECK ("grouping" BETWEEN 0 AND 7 OR ("side" = 'WORKPLACE' AND "grouping" BETWEEN 8 AND 15))`);
    await queryRunner.query(`DROP INDEX "public"."uq_statistics_rollup_cell"`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX "uq_statistics_rollup_cell" ON "statistics_rollup"
        ("side", "county_code", "period_from", "period_to", "grouping", "category", "scope", "posting_kind", "hukou_province") NULLS NOT DISTINCT`);
    await queryRunner.query(`DROP INDEX "public"."idx_statistics_rollup_read"`);
    await queryRunner.query(`CREATE INDEX "idx_statistics_rollup_read" ON "statistics_rollup" ("side", "period_from", "period_to", "grouping", "county_code")`);

    await queryRunner.query(`ALTER TABLE "statistics_dirty" ADD "side" "public"."statistics_side" NOT NULL DEFAULT 'HUKOU'`);
    await queryRunner.query(`DROP INDEX "public"."idx_statistics_dirty_county"`);
    await queryRunner.query(`CREATE INDEX "idx_statistics_dirty_county" ON "statistics_dirty" ("side", "county_code")`);

    // The workplace side reads placements by work county and start date, as the hukou side does by hukou county.
    await queryRunner.query(`CREATE INDEX "idx_placements_work_start" ON "placements" ("work_region_code", "start_date")`);

    // Each function now marks the hukou county (as before) and the work county of the same rows.
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION "statistics_mark_placements"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO statistics_dirty (side, county_code, dirty_from)
            SELECT 'HUKOU'::statistics_side, hukou_region_code, min(start_date) FROM new_rows GROUP BY 2
            UNION ALL SELECT 'WORKPLACE'::statistics_side, work_region_code, min(start_date) FROM new_rows GROUP BY 2;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO statistics_dirty (side, county_code, dirty_from)
            SELECT 'HUKOU'::statistics_side, hukou_region_code, min(start_date) FROM old_rows GROUP BY 2
            UNION ALL SELECT 'WORKPLACE'::statistics_side, work_region_code, min(start_date) FROM old_rows GROUP BY 2;
        ELSE
          INSERT INTO statistics_dirty (side, county_code, dirty_from)
            SELECT v.s::statistics_side, v.c, min(v.d) FROM (
              SELECT o.hukou_region_code AS hukou, o.work_region_code AS work, o.start_date AS day,
                     n.hukou_region_code AS new_hukou, n.work_region_code AS new_work, n.start_date AS new_day
              FROM old_rows o JOIN new_rows n ON n.id = o.id
              WHERE (o.worker_id, o.hukou_region_code, o.work_region_code, o.start_date, o.end_date, o.end_reason, o.scope, o.posting_kind, o.status)
                    IS DISTINCT FROM (n.worker_id, n.hukou_region_code, n.work_region_code, n.start_date, n.end_date, n.end_reason, n.scope, n.posting_kind, n.status)
            ) changed
            CROSS JOIN LATERAL (VALUES ('HUKOU', hukou, day), ('HUKOU', new_hukou, new_day), ('WORKPLACE', work, day), ('WORKPLACE', new_work, new_day)) AS v(s, c, d)
            GROUP BY 1, 2;
        END IF;
        RETURN NULL;
      END $$`);
    // A claim's workplace is its placement's.
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION "statistics_mark_claims"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO statistics_dirty (side, county_code, dirty_from)
            SELECT 'HUKOU'::statistics_side, hukou_region_code, min(least((created_at AT TIME ZONE 'Asia/Shanghai')::date, paid_on)) FROM new_rows GROUP BY 2
            UNION ALL
            SELECT 'WORKPLACE'::statistics_side, p.work_region_code, min(least((r.created_at AT TIME ZONE 'Asia/Shanghai')::date, r.paid_on))
            FROM new_rows r JOIN placements p ON p.id = r.placement_id GROUP BY 2;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO statistics_dirty (side, county_code, dirty_from)
            SELECT 'HUKOU'::statistics_side, hukou_region_code, min(least((created_at AT TIME ZONE 'Asia/Shanghai')::date, paid_on)) FROM old_rows GROUP BY 2
            UNION ALL
            SELECT 'WORKPLACE'::statistics_side, p.work_region_code, min(least((r.created_at AT TIME ZONE 'Asia/Shanghai')::date, r.paid_on))
            FROM old_rows r JOIN placements p ON p.id = r.placement_id GROUP BY 2;
        ELSE
          INSERT INTO statistics_dirty (side, county_code, dirty_from)
            SELECT v.s::statistics_side, v.c, min(v.d) FROM old_rows o JOIN new_rows n ON n.id = o.id
            LEFT JOIN placements op ON op.id = o.placement_id
            LEFT JOIN placements np ON np.id = n.placement_id
            CROSS JOIN LATERAL (VALUES
              ('HUKOU', o.hukou_region_code, least((o.created_at AT TIME ZONE 'Asia/Shanghai')::date, o.paid_on, n.paid_on)),
              ('HUKOU', n.hukou_region_code, least((n.created_at AT TIME ZONE 'Asia/Shanghai')::date, o.paid_on, n.paid_on)),
              ('WORKPLACE', op.work_region_code, least((o.created_at AT TIME ZONE 'Asia/Shanghai')::date, o.paid_on, n.paid_on)),
              ('WORKPLACE', np.work_region_code, least((n.created_at AT TIME ZONE 'Asia/Shanghai')::date, o.paid_on, n.paid_on))
            ) AS v(s, c, d)
            WHERE (o.placement_id, o.hukou_region_code, o.amount, o.status, o.paid_on, o.created_at)
                  IS DISTINCT FROM (n.placement_id, n.hukou_region_code, n.amount, n.status, n.paid_on, n.created_at)
              AND v.c IS NOT NULL
            GROUP BY 1, 2;
        END IF;
        RETURN NULL;
      END $$`);
    // A category period decides the category of placements that started inside it: the worker's hukou county, and the
    // work county of each of the worker's placements.
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION "statistics_mark_worker_categories"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO statistics_dirty (side, county_code, dirty_from)
            SELECT 'HUKOU'::statistics_side, w.hukou_region_code, min(r.effective_from) FROM new_rows r JOIN workers w ON w.id = r.worker_id GROUP BY 2
            UNION ALL
            SELECT 'WORKPLACE'::statistics_side, p.work_region_code, min(r.effective_from) FROM new_rows r JOIN placements p ON p.worker_id = r.worker_id GROUP BY 2;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO statistics_dirty (side, county_code, dirty_from)
            SELECT 'HUKOU'::statistics_side, w.hukou_region_code, min(r.effective_from) FROM old_rows r JOIN workers w ON w.id = r.worker_id GROUP BY 2
            UNION ALL
            SELECT 'WORKPLACE'::statistics_side, p.work_region_code, min(r.effective_from) FROM old_rows r JOIN placements p ON p.worker_id = r.worker_id GROUP BY 2;
        ELSE
          INSERT INTO statistics_dirty (side, county_code, dirty_from)
            SELECT 'HUKOU'::statistics_side, w.hukou_region_code, min(least(o.effective_from, n.effective_from))
            FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN workers w ON w.id IN (o.worker_id, n.worker_id)
            WHERE (o.worker_id, o.category, o.effective_from, o.effective_to) IS DISTINCT FROM (n.worker_id, n.category, n.effective_from, n.effective_to)
            GROUP BY 2
            UNION ALL
            SELECT 'WORKPLACE'::statistics_side, p.work_region_code, min(least(o.effective_from, n.effective_from))
            FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN placements p ON p.worker_id IN (o.worker_id, n.worker_id)
            WHERE (o.worker_id, o.category, o.effective_from, o.effective_to) IS DISTINCT FROM (n.worker_id, n.category, n.effective_from, n.effective_to)
            GROUP BY 2;
        END IF;
        RETURN NULL;
      END $$`);

    await queryRunner.query(`
      INSERT INTO statistics_dirty (side, county_code, dirty_from)
      SELECT 'WORKPLACE'::statistics_side, work_region_code, min(start_date) FROM placements GROUP BY 2`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Back to the hukou side alone (the functions as 1795429800000-Attestation left them), workplace rows and marks dropped.
    await queryRunner.query(`DELETE FROM "statistics_rollup" WHERE "side" = 'WORKPLACE'`);
    await queryRunner.query(`DELETE FROM "statistics_dirty" WHERE "side" = 'WORKPLACE'`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION "statistics_mark_placements"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO statistics_dirty (county_code, dirty_from) SELECT hukou_region_code, min(start_date) FROM new_rows GROUP BY 1;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO statistics_dirty (county_code, dirty_from) SELECT hukou_region_code, min(start_date) FROM old_rows GROUP BY 1;
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
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION "statistics_mark_claims"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO statistics_dirty (county_code, dirty_from)
            SELECT hukou_region_code, min(least((created_at AT TIME ZONE 'Asia/Shanghai')::date, paid_on)) FROM new_rows GROUP BY 1;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO statistics_dirty (county_code, dirty_from)
            SELECT hukou_region_code, min(least((created_at AT TIME ZONE 'Asia/Shanghai')::date, paid_on)) FROM old_rows GROUP BY 1;
        ELSE
          INSERT INTO statistics_dirty (county_code, dirty_from)
            SELECT v.c, min(v.d) FROM old_rows o JOIN new_rows n ON n.id = o.id
            CROSS JOIN LATERAL (VALUES
              (o.hukou_region_code, least((o.created_at AT TIME ZONE 'Asia/Shanghai')::date, o.paid_on, n.paid_on)),
              (n.hukou_region_code, least((n.created_at AT TIME ZONE 'Asia/Shanghai')::date, o.paid_on, n.paid_on))
            ) AS v(c, d)
            WHERE (o.placement_id, o.hukou_region_code, o.amount, o.status, o.paid_on, o.created_at)
                  IS DISTINCT FROM (n.placement_id, n.hukou_region_code, n.amount, n.status, n.paid_on, n.created_at)
            GROUP BY 1;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION "statistics_mark_worker_categories"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO statistics_dirty (county_code, dirty_from)
            SELECT w.hukou_region_code, min(r.effective_from) FROM new_rows r JOIN workers w ON w.id = r.worker_id GROUP BY 1;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO statistics_dirty (county_code, dirty_from)
            SELECT w.hukou_region_code, min(r.effective_from) FROM old_rows r JOIN workers w ON w.id = r.worker_id GROUP BY 1;
        ELSE
          INSERT INTO statistics_dirty (county_code, dirty_from)
            SELECT w.hukou_region_code, min(least(o.effective_from, n.effective_from))
            FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN workers w ON w.id IN (o.worker_id, n.worker_id)
            WHERE (o.worker_id, o.category, o.effective_from, o.effective_to) IS DISTINCT FROM (n.worker_id, n.category, n.effective_from, n.effective_to)
            GROUP BY 1;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`DROP INDEX "public"."idx_placements_work_start"`);
    await queryRunner.query(`DROP INDEX "public"."idx_statistics_dirty_county"`);
    await queryRunner.query(`ALTER TABLE "statistics_dirty" DROP COLUMN "side"`);
    await queryRunner.query(`CREATE INDEX "idx_statistics_dirty_county" ON "statistics_dirty" ("county_code")`);
    await queryRunner.query(`DROP INDEX "public"."idx_statistics_rollup_read"`);
    await queryRunner.query(`DROP INDEX "public"."uq_statistics_rollup_cell"`);
    await queryRunner.query(`ALTER TABLE "statistics_rollup" DROP CONSTRAINT "ck_statistics_rollup_grouping"`);
    await queryRunner.query(`ALTER TABLE "statistics_rollup" DROP COLUMN "hukou_province"`);
    await queryRunner.query(`ALTER TABLE "statistics_rollup" DROP COLUMN "side"`);
    await queryRunner.query(`ALTER TABLE "statistics_rollup" ADD CONSTRAINT "ck_statistics_rollup_grouping" CHECK ("grouping" BETWEEN 0 AND 7)`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX "uq_statistics_rollup_cell" ON "statistics_rollup"
        ("county_code", "period_from", "period_to", "grouping", "category", "scope", "posting_kind") NULLS NOT DISTINCT`);
    await queryRunner.query(`CREATE INDEX "idx_statistics_rollup_read" ON "statistics_rollup" ("period_from", "period_to", "grouping", "county_code")`);
    await queryRunner.query(`DROP TYPE "public"."statistics_side"`);
  }
}
