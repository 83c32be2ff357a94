import { MigrationInterface, QueryRunner } from "typeorm";

export class Registry1795427587373 implements MigrationInterface {
    name = 'Registry1795427587373'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_account_id" uuid, "action" character varying(64) NOT NULL, "subject_type" character varying(32) NOT NULL, "subject_id" uuid NOT NULL, "purpose" text, "before" jsonb, "after" jsonb, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_audit_log_subject" ON "audit_log"  ("subject_type", "subject_id") `);
        await queryRunner.query(`CREATE TABLE "outbox" ("id" BIGSERIAL NOT NULL, "aggregate" character varying(32) NOT NULL, "aggregate_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "available_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "processed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_340ab539f309f03bdaa14aa7649" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_outbox_pending" ON "outbox"  ("available_at", "id") WHERE "processed_at" IS NULL`);
        await queryRunner.query(`CREATE TABLE "households" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "hukou_region_code" character(6) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2b1aef2640717132e9231aac756" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_households_hukou_region_code" ON "households"  ("hukou_region_code") `);
        await queryRunner.query(`CREATE TYPE "public"."gender" AS ENUM('MALE', 'FEMALE')`);
        await queryRunner.query(`CREATE TYPE "public"."labor_capacity" AS ENUM('FULL', 'WEAK', 'HALF')`);
        await queryRunner.query(`CREATE TYPE "public"."seeking_status" AS ENUM('SEEKING', 'EMPLOYED', 'NOT_SEEKING')`);
        await queryRunner.query(`CREATE TABLE "workers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(50) NOT NULL, "id_ciphertext" bytea NOT NULL, "id_key_id" character varying(16) NOT NULL, "id_fingerprint" character(64) NOT NULL, "id_masked" character varying(18) NOT NULL, "gender" "public"."gender" NOT NULL, "birth_date" date NOT NULL, "phone" character varying(11), "hukou_region_code" character(6) NOT NULL, "household_id" uuid NOT NULL, "labor_capacity" "public"."labor_capacity" NOT NULL, "skills" text array NOT NULL DEFAULT '{}', "labor_brand" character varying(40), "seeking_status" "public"."seeking_status" NOT NULL DEFAULT 'SEEKING', "willing_to_migrate" boolean NOT NULL DEFAULT false, "preferred_region_codes" character varying(6) array NOT NULL DEFAULT '{}', "expected_monthly_wage" integer, "lat" double precision, "lng" double precision, "registered_by" uuid NOT NULL, "registered_by_organization_id" uuid, "returned_home_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "ck_workers_expected_wage" CHECK ("expected_monthly_wage" IS NULL OR "expected_monthly_wage" >= 0), CONSTRAINT "PK_e950c9aba3bd84a4f193058d838" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_workers_id_fingerprint" ON "workers"  ("id_fingerprint") `);
        await queryRunner.query(`CREATE INDEX "idx_workers_hukou_region_code" ON "workers"  ("hukou_region_code") `);
        await queryRunner.query(`CREATE INDEX "idx_workers_household_id" ON "workers"  ("household_id") `);
        await queryRunner.query(`CREATE INDEX "idx_workers_registered_by_organization_id" ON "workers"  ("registered_by_organization_id") `);
        await queryRunner.query(`CREATE TYPE "public"."worker_category" AS ENUM('POVERTY_ALLEVIATED', 'MONITORING_TARGET', 'LOW_INCOME_ALLOWANCE', 'EXTREME_HARDSHIP', 'RELOCATED')`);
        await queryRunner.query(`CREATE TABLE "worker_categories" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "worker_id" uuid NOT NULL, "category" "public"."worker_category" NOT NULL, "effective_from" date NOT NULL, "effective_to" date, CONSTRAINT "ck_worker_categories_period" CHECK ("effective_to" IS NULL OR "effective_to" > "effective_from"), CONSTRAINT "PK_afd2567ef56b595669410d378df" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_worker_categories_worker_id" ON "worker_categories"  ("worker_id", "effective_from") `);
        await queryRunner.query(`CREATE TYPE "public"."posting_kind" AS ENUM('EAST_WEST', 'WORKSHOP', 'PUBLIC_WELFARE', 'LOCAL')`);
        await queryRunner.query(`CREATE TYPE "public"."posting_status" AS ENUM('OPEN', 'CLOSED', 'FILLED')`);
        await queryRunner.query(`CREATE TABLE "postings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."posting_kind" NOT NULL, "title" character varying(60) NOT NULL, "description" text NOT NULL DEFAULT '', "organization_id" uuid, "region_code" character(6) NOT NULL, "lat" double precision, "lng" double precision, "wage_min" integer NOT NULL, "wage_max" integer NOT NULL, "headcount" integer NOT NULL, "active_placements" integer NOT NULL DEFAULT '0', "contract_months" integer NOT NULL, "skills" text array NOT NULL DEFAULT '{}', "benefits" text array NOT NULL DEFAULT '{}', "partner_region_codes" character varying(6) array NOT NULL DEFAULT '{}', "labor_brand" character varying(40), "valid_until" date, "status" "public"."posting_status" NOT NULL DEFAULT 'OPEN', "created_by" uuid NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "closed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "ck_postings_owner" CHECK ("organization_id" IS NOT NULL OR "kind" = 'PUBLIC_WELFARE'), CONSTRAINT "ck_postings_openings" CHECK ("active_placements" >= 0 AND "active_placements" <= "headcount"), CONSTRAINT "ck_postings_welfare_contract" CHECK ("kind" <> 'PUBLIC_WELFARE' OR "contract_months" <= 12), CONSTRAINT "ck_postings_contract_months" CHECK ("contract_months" BETWEEN 1 AND 60), CONSTRAINT "ck_postings_headcount" CHECK ("headcount" >= 1), CONSTRAINT "ck_postings_wages" CHECK ("wage_min" > 0 AND "wage_min" <= "wage_max"), CONSTRAINT "PK_6bdb1a5dc47d018aa7877aa9ffb" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_postings_organization_id" ON "postings"  ("organization_id") `);
        await queryRunner.query(`CREATE INDEX "idx_postings_region_code" ON "postings"  ("region_code") `);
        await queryRunner.query(`CREATE INDEX "idx_postings_status_published" ON "postings"  ("status", "published_at") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_accounts_worker_id" ON "accounts"  ("worker_id") WHERE "worker_id" IS NOT NULL`);
        await queryRunner.query(`ALTER TABLE "households" ADD CONSTRAINT "fk_households_region" FOREIGN KEY ("hukou_region_code") REFERENCES "regions"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "workers" ADD CONSTRAINT "fk_workers_hukou_region" FOREIGN KEY ("hukou_region_code") REFERENCES "regions"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "workers" ADD CONSTRAINT "fk_workers_household" FOREIGN KEY ("household_id") REFERENCES "households"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "worker_categories" ADD CONSTRAINT "fk_worker_categories_worker" FOREIGN KEY ("worker_id") REFERENCES "workers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "postings" ADD CONSTRAINT "fk_postings_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "postings" ADD CONSTRAINT "fk_postings_region" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "postings" DROP CONSTRAINT "fk_postings_region"`);
        await queryRunner.query(`ALTER TABLE "postings" DROP CONSTRAINT "fk_postings_organization"`);
        await queryRunner.query(`ALTER TABLE "worker_categories" DROP CONSTRAINT "fk_worker_categories_worker"`);
        await queryRunner.query(`ALTER TABLE "workers" DROP CONSTRAINT "fk_workers_household"`);
        await queryRunner.query(`ALTER TABLE "workers" DROP CONSTRAINT "fk_workers_hukou_region"`);
        await queryRunner.query(`ALTER TABLE "households" DROP CONSTRAINT "fk_households_region"`);
        await queryRunner.query(`DROP INDEX "public"."uq_accounts_worker_id"`);
        await queryRunner.query(`DROP INDEX "public"."idx_postings_status_published"`);
        await queryRunner.query(`DROP INDEX "public"."idx_postings_region_code"`);
        await queryRunner.query(`DROP INDEX "public"."idx_postings_organization_id"`);
        await queryRunner.query(`DROP TABLE "postings"`);
        await queryRunner.query(`DROP TYPE "public"."posting_status"`);
        await queryRunner.query(`DROP TYPE "public"."posting_kind"`);
        await queryRunner.query(`DROP INDEX "public"."idx_worker_categories_worker_id"`);
        await queryRunner.query(`DROP TABLE "worker_categories"`);
        await queryRunner.query(`DROP TYPE "public"."worker_category"`);
        await queryRunner.query(`DROP INDEX "public"."idx_workers_registered_by_organization_id"`);
        await queryRunner.query(`DROP INDEX "public"."idx_workers_household_id"`);
        await queryRunner.query(`DROP INDEX "public"."idx_workers_hukou_region_code"`);
        await queryRunner.query(`DROP INDEX "public"."uq_workers_id_fingerprint"`);
        await queryRunner.query(`DROP TABLE "workers"`);
        await queryRunner.query(`DROP TYPE "public"."seeking_status"`);
        await queryRunner.query(`DROP TYPE "public"."labor_capacity"`);
        await queryRunner.query(`DROP TYPE "public"."gender"`);
        await queryRunner.query(`DROP INDEX "public"."idx_households_hukou_region_code"`);
        await queryRunner.query(`DROP TABLE "households"`);
        await queryRunner.query(`DROP INDEX "public"."idx_outbox_pending"`);
        await queryRunner.query(`DROP TABLE "outbox"`);
        await queryRunner.query(`DROP INDEX "public"."idx_audit_log_subject"`);
        await queryRunner.query(`DROP TABLE "audit_log"`);
    }

}
