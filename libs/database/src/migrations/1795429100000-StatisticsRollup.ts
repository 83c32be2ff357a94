import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Pre-aggregated bureau statistics (libs/statistics/src/rollup): per hukou county and period (every month, calendar
 * year and statistics cycle up to the horizon), the metrics of every combination of category, scope and posting kind.
 * Written by hand: the schema builder knows nothing of triggers, and no entity maps these tables (they are a read
 * model maintained in SQL).
 *
 * Freshness never depends on the refresher keeping up: every change to placements, subsidy claims or category
 * periods marks its county dirty in the same transaction (statement triggers, insert-only so writers never wait on
 * one another), and a dirty county is computed live from the source tables until the refresher has rebuilt it.
 */
export class StatisticsRollup1795429100000 implements MigrationInterface {
  name = 'StatisticsRollup1795429100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "statistics_rollup" (
        "county_code" character(6) NOT NULL REFERENCES "regions" ("code"),
        "period_from" date NOT NULL,
        "period_to" date NOT NULL,
        -- Which of category (4), scope (2), posting kind (1) are rolled up: GROUPING() of a CUBE over the three.
        "grouping" smallint NOT NULL,
        "category" "public"."worker_category",
        "scope" "public"."placement_scope",
        "posting_kind" "public"."posting_kind",
        "workers_employed" integer NOT NULL,
        "placements_started" integer NOT NULL,
        "returnees" integer NOT NULL,
        "subsidy_claimed" bigint NOT NULL,
        "subsidy_paid" bigint NOT NULL,
        CONSTRAINT "ck_statistics_rollup_period" CHECK ("period_from" <= "period_to"),
        CONSTRAINT "ck_statistics_rollup_grouping" CHECK ("grouping" BETWEEN 0 AND 7)
      )`);
    // NULLS NOT DISTINCT: a null category (held none that day) is a key value, not "unknown".
    await queryRunner.query(`
      CREATE UNIQUE INDEX "uq_statistics_rollup_cell" ON "statistics_rollup"
        ("county_code", "period_from", "period_to", "grouping", "category", "scope", "posting_kind") NULLS NOT DISTINCT`);
    // Reads: one period (or its months), one grouping, a range of counties.
    await queryRunner.query(`CREATE INDEX "idx_statistics_rollup_read" ON "statistics_rollup" ("period_from", "period_to", "grouping", "county_code")`);

    await queryRunner.query(`
      CREATE TABLE "statistics_dirty" (
        "id" bigserial PRIMARY KEY,
        "county_code" character(6) NOT NULL,
        -- The earliest day whose numbers may have changed: periods ending before it are still right.
        "dirty_from" date NOT NULL,
        "marked_at" timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await queryRunner.query(`CREATE INDEX "idx_statistics_dirty_county" ON "statistics_dirty" ("county_code")`);

    // Periods ending after the horizon are always computed live; it starts in the past so nothing is read from the
    // rollup until the refresher has filled it.
    await queryRunner.query(`
      CREATE TABLE "statistics_rollup_state" (
        "id" boolean PRIMARY KEY DEFAULT true CHECK ("id"),
        "horizon" date NOT NULL
      )`);
    await queryRunner.query(`INSERT INTO "statistics_rollup_state" ("horizon") VALUES ('1999-12-31')`);

    // Only changes to what the statistics read mark a county (a confirmation bumping a placement's version does not).
    await queryRunner.query(`
      CREATE FUNCTION "statistics_mark_placements"() RETURNS trigger LANGUAGE plpgsql AS $$
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
    // A claim counts on the (Beijing) day it was made and the day it was paid.
    await queryRunner.query(`
      CREATE FUNCTION "statistics_mark_claims"() RETURNS trigger LANGUAGE plpgsql AS $$
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
    // A category period decides the category of placements that started inside it; those count from that day on.
    await queryRunner.query(`
      CREATE FUNCTION "statistics_mark_worker_categories"() RETURNS trigger LANGUAGE plpgsql AS $$
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
    await queryRunner.query(`
      CREATE FUNCTION "statistics_forget_rollup"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM statistics_rollup;
        DELETE FROM statistics_dirty;
        UPDATE statistics_rollup_state SET horizon = '1999-12-31';
        RETURN NULL;
      END $$`);
    for (const [table, fn] of [
      ['placements', 'statistics_mark_placements'],
      ['subsidy_claims', 'statistics_mark_claims'],
      ['worker_categories', 'statistics_mark_worker_categories'],
    ]) {
      await queryRunner.query(`CREATE TRIGGER "trg_${table}_statistics_insert" AFTER INSERT ON "${table}" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "${fn}"()`);
      await queryRunner.query(`CREATE TRIGGER "trg_${table}_statistics_update" AFTER UPDATE ON "${table}" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "${fn}"()`);
      await queryRunner.query(`CREATE TRIGGER "trg_${table}_statistics_delete" AFTER DELETE ON "${table}" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "${fn}"()`);
      // TRUNCATE has no transition table: the rollup goes with it, and the horizon restarts the fill.
      await queryRunner.query(`CREATE TRIGGER "trg_${table}_statistics_truncate" AFTER TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION "statistics_forget_rollup"()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['placements', 'subsidy_claims', 'worker_categories']) {
      for (const event of ['insert', 'update', 'delete', 'truncate']) await queryRunner.query(`DROP TRIGGER "trg_${table}_statistics_${event}" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION "statistics_forget_rollup"()`);
    await queryRunner.query(`DROP FUNCTION "statistics_mark_worker_categories"()`);
    await queryRunner.query(`DROP FUNCTION "statistics_mark_claims"()`);
    await queryRunner.query(`DROP FUNCTION "statistics_mark_placements"()`);
    await queryRunner.query(`DROP TABLE "statistics_rollup_state"`);
    await queryRunner.query(`DROP TABLE "statistics_dirty"`);
    await queryRunner.query(`DROP TABLE "statistics_rollup"`);
  }
}
