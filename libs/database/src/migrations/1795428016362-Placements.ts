import { MigrationInterface, QueryRunner } from "typeorm";

export class Placements1795428016362 implements MigrationInterface {
    name = 'Placements1795428016362'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."placement_group_status" AS ENUM('FORMING', 'DEPARTED', 'ARRIVED')`);
        await queryRunner.query(`CREATE TABLE "placement_groups" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "posting_id" uuid NOT NULL, "agent_organization_id" uuid NOT NULL, "departure_date" date NOT NULL, "departure_point" character varying(100) NOT NULL, "transport" character varying(40) NOT NULL, "status" "public"."placement_group_status" NOT NULL DEFAULT 'FORMING', "departed_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_51059ad5330cec7da22c92e186e" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_placement_groups_posting_id" ON "placement_groups"  ("posting_id") `);
        await queryRunner.query(`CREATE INDEX "idx_placement_groups_agent_organization_id" ON "placement_groups"  ("agent_organization_id") `);
        await queryRunner.query(`CREATE TABLE "recommendation_rounds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "worker_id" uuid NOT NULL, "posting_ids" uuid array NOT NULL, "recorded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1e7b06f8f0d55b7f48bca30abd8" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_recommendation_rounds_worker_id" ON "recommendation_rounds"  ("worker_id", "created_at") `);
        await queryRunner.query(`CREATE TABLE "placement_group_members" ("group_id" uuid NOT NULL, "worker_id" uuid NOT NULL, "travelling" boolean NOT NULL DEFAULT true, "arrived_on" date, "placement_id" uuid, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a5599fec76a5fa4efcdb8c2025a" PRIMARY KEY ("group_id", "worker_id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_placement_group_members_travelling" ON "placement_group_members"  ("worker_id") WHERE "travelling"`);
        await queryRunner.query(`CREATE TYPE "public"."application_status" AS ENUM('APPLIED', 'REJECTED', 'WITHDRAWN', 'HIRED')`);
        await queryRunner.query(`CREATE TABLE "applications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "posting_id" uuid NOT NULL, "worker_id" uuid NOT NULL, "status" "public"."application_status" NOT NULL DEFAULT 'APPLIED', "agent_organization_id" uuid, "created_by" uuid NOT NULL, "reject_reason" text, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_938c0a27255637bde919591888f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_applications_agent_organization_id" ON "applications"  ("agent_organization_id") `);
        await queryRunner.query(`CREATE INDEX "idx_applications_worker_id" ON "applications"  ("worker_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_applications_live" ON "applications"  ("posting_id", "worker_id") WHERE "status" IN ('APPLIED', 'HIRED')`);
        await queryRunner.query(`CREATE TYPE "public"."placement_scope" AS ENUM('SAME_COUNTY', 'OTHER_COUNTY_SAME_PROVINCE', 'OTHER_PROVINCE')`);
        await queryRunner.query(`CREATE TYPE "public"."placement_status" AS ENUM('ACTIVE', 'ENDED')`);
        await queryRunner.query(`CREATE TYPE "public"."placement_end_reason" AS ENUM('RETURNED_HOME', 'CONTRACT_ENDED', 'RESIGNED', 'DISMISSED', 'OTHER')`);
        await queryRunner.query(`CREATE TABLE "placements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "worker_id" uuid NOT NULL, "posting_id" uuid NOT NULL, "posting_kind" "public"."posting_kind" NOT NULL, "employer_organization_id" uuid, "agent_organization_id" uuid, "group_id" uuid, "application_id" uuid, "organized" boolean NOT NULL, "scope" "public"."placement_scope" NOT NULL, "hukou_region_code" character(6) NOT NULL, "work_region_code" character(6) NOT NULL, "start_date" date NOT NULL, "end_date" date, "contract_months" integer NOT NULL, "status" "public"."placement_status" NOT NULL DEFAULT 'ACTIVE', "end_reason" "public"."placement_end_reason", "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_placements_ended" CHECK (("status" = 'ENDED') = ("end_date" IS NOT NULL)), CONSTRAINT "ck_placements_dates" CHECK ("end_date" IS NULL OR "end_date" >= "start_date"), CONSTRAINT "ck_placements_contract_months" CHECK ("contract_months" BETWEEN 1 AND 60), CONSTRAINT "ck_placements_welfare_contract" CHECK ("posting_kind" <> 'PUBLIC_WELFARE' OR "contract_months" <= 12), CONSTRAINT "PK_91cca43a1baa03ee278d7be74da" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_placements_posting_id" ON "placements"  ("posting_id") `);
        await queryRunner.query(`CREATE INDEX "idx_placements_employer_organization_id" ON "placements"  ("employer_organization_id") `);
        await queryRunner.query(`CREATE INDEX "idx_placements_agent_organization_id" ON "placements"  ("agent_organization_id") `);
        await queryRunner.query(`CREATE INDEX "idx_placements_hukou_start" ON "placements"  ("hukou_region_code", "start_date") `);
        await queryRunner.query(`CREATE INDEX "idx_placements_worker_id" ON "placements"  ("worker_id", "start_date") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_placements_active_welfare" ON "placements"  ("worker_id") WHERE "posting_kind" = 'PUBLIC_WELFARE' AND "status" = 'ACTIVE'`);
        await queryRunner.query(`CREATE TABLE "employment_confirmations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "placement_id" uuid NOT NULL, "month" character(7) NOT NULL, "employed" boolean NOT NULL, "monthly_wage" integer, "social_insurance_paid" boolean NOT NULL, "confirmed_by" uuid NOT NULL, "revision" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_employment_confirmations_wage" CHECK ("monthly_wage" IS NULL OR "monthly_wage" >= 0), CONSTRAINT "ck_employment_confirmations_month" CHECK ("month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'), CONSTRAINT "PK_7941b6fbea364f5c62094cf1153" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_employment_confirmations_month" ON "employment_confirmations"  ("placement_id", "month") `);
        await queryRunner.query(`ALTER TABLE "placement_groups" ADD CONSTRAINT "fk_placement_groups_posting" FOREIGN KEY ("posting_id") REFERENCES "postings"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "placement_groups" ADD CONSTRAINT "fk_placement_groups_agent_organization" FOREIGN KEY ("agent_organization_id") REFERENCES "organizations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "recommendation_rounds" ADD CONSTRAINT "fk_recommendation_rounds_worker" FOREIGN KEY ("worker_id") REFERENCES "workers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "placement_group_members" ADD CONSTRAINT "fk_placement_group_members_group" FOREIGN KEY ("group_id") REFERENCES "placement_groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "placement_group_members" ADD CONSTRAINT "fk_placement_group_members_worker" FOREIGN KEY ("worker_id") REFERENCES "workers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "applications" ADD CONSTRAINT "fk_applications_posting" FOREIGN KEY ("posting_id") REFERENCES "postings"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "applications" ADD CONSTRAINT "fk_applications_worker" FOREIGN KEY ("worker_id") REFERENCES "workers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "applications" ADD CONSTRAINT "fk_applications_agent_organization" FOREIGN KEY ("agent_organization_id") REFERENCES "organizations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "placements" ADD CONSTRAINT "fk_placements_worker" FOREIGN KEY ("worker_id") REFERENCES "workers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "placements" ADD CONSTRAINT "fk_placements_posting" FOREIGN KEY ("posting_id") REFERENCES "postings"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "placements" ADD CONSTRAINT "fk_placements_employer_organization" FOREIGN KEY ("employer_organization_id") REFERENCES "organizations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "placements" ADD CONSTRAINT "fk_placements_agent_organization" FOREIGN KEY ("agent_organization_id") REFERENCES "organizations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "placements" ADD CONSTRAINT "fk_placements_group" FOREIGN KEY ("group_id") REFERENCES "placement_groups"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "placements" ADD CONSTRAINT "fk_placements_hukou_region" FOREIGN KEY ("hukou_region_code") REFERENCES "regions"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "placements" ADD CONSTRAINT "fk_placements_work_region" FOREIGN KEY ("work_region_code") REFERENCES "regions"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "employment_confirmations" ADD CONSTRAINT "fk_employment_confirmations_placement" FOREIGN KEY ("placement_id") REFERENCES "placements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "employment_confirmations" DROP CONSTRAINT "fk_employment_confirmations_placement"`);
        await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "fk_placements_work_region"`);
        await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "fk_placements_hukou_region"`);
        await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "fk_placements_group"`);
        await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "fk_placements_agent_organization"`);
        await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "fk_placements_employer_organization"`);
        await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "fk_placements_posting"`);
        await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "fk_placements_worker"`);
        await queryRunner.query(`ALTER TABLE "applications" DROP CONSTRAINT "fk_applications_agent_organization"`);
        await queryRunner.query(`ALTER TABLE "applications" DROP CONSTRAINT "fk_applications_worker"`);
        await queryRunner.query(`ALTER TABLE "applications" DROP CONSTRAINT "fk_applications_posting"`);
        await queryRunner.query(`ALTER TABLE "placement_group_members" DROP CONSTRAINT "fk_placement_group_members_worker"`);
        await queryRunner.query(`ALTER TABLE "placement_group_members" DROP CONSTRAINT "fk_placement_group_members_group"`);
        await queryRunner.query(`ALTER TABLE "recommendation_rounds" DROP CONSTRAINT "fk_recommendation_rounds_worker"`);
        await queryRunner.query(`ALTER TABLE "placement_groups" DROP CONSTRAINT "fk_placement_groups_agent_organization"`);
        await queryRunner.query(`ALTER TABLE "placement_groups" DROP CONSTRAINT "fk_placement_groups_posting"`);
        await queryRunner.query(`DROP INDEX "public"."uq_employment_confirmations_month"`);
        await queryRunner.query(`DROP TABLE "employment_confirmations"`);
        await queryRunner.query(`DROP INDEX "public"."uq_placements_active_welfare"`);
        await queryRunner.query(`DROP INDEX "public"."idx_placements_worker_id"`);
        await queryRunner.query(`DROP INDEX "public"."idx_placements_hukou_start"`);
        await queryRunner.query(`DROP INDEX "public"."idx_placements_agent_organization_id"`);
        await queryRunner.query(`DROP INDEX "public"."idx_placements_employer_organization_id"`);
        await queryRunner.query(`DROP INDEX "public"."idx_placements_posting_id"`);
        await queryRunner.query(`DROP TABLE "placements"`);
        await queryRunner.query(`DROP TYPE "public"."placement_end_reason"`);
        await queryRunner.query(`DROP TYPE "public"."placement_status"`);
        await queryRunner.query(`DROP TYPE "public"."placement_scope"`);
        await queryRunner.query(`DROP INDEX "public"."uq_applications_live"`);
        await queryRunner.query(`DROP INDEX "public"."idx_applications_worker_id"`);
        await queryRunner.query(`DROP INDEX "public"."idx_applications_agent_organization_id"`);
        await queryRunner.query(`DROP TABLE "applications"`);
        await queryRunner.query(`DROP TYPE "public"."application_status"`);
        await queryRunner.query(`DROP INDEX "public"."uq_placement_group_members_travelling"`);
        await queryRunner.query(`DROP TABLE "placement_group_members"`);
        await queryRunner.query(`DROP INDEX "public"."idx_recommendation_rounds_worker_id"`);
        await queryRunner.query(`DROP TABLE "recommendation_rounds"`);
        await queryRunner.query(`DROP INDEX "public"."idx_placement_groups_agent_organization_id"`);
        await queryRunner.query(`DROP INDEX "public"."idx_placement_groups_posting_id"`);
        await queryRunner.query(`DROP TABLE "placement_groups"`);
        await queryRunner.query(`DROP TYPE "public"."placement_group_status"`);
    }

}
