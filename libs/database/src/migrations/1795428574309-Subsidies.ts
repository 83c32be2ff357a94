import { MigrationInterface, QueryRunner } from "typeorm";

export class Subsidies1795428574309 implements MigrationInterface {
    name = 'Subsidies1795428574309'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "subsidy_policies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "province_code" character(6) NOT NULL, "name" character varying(200) NOT NULL, "version" character varying(40) NOT NULL, "valid_from" date NOT NULL, "valid_to" date NOT NULL, "rules" jsonb NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_subsidy_policies_validity" CHECK ("valid_from" <= "valid_to"), CONSTRAINT "PK_6fb6344eea705fb9e996d7f38b6" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_subsidy_policies_version" ON "subsidy_policies"  ("province_code", "version") `);
        await queryRunner.query(`CREATE TYPE "public"."subsidy_kind" AS ENUM('TRANSPORT', 'JOB_SEEKING', 'TRACKING_SERVICE', 'ABSORPTION')`);
        await queryRunner.query(`CREATE TYPE "public"."subsidy_beneficiary" AS ENUM('WORKER', 'AGENT', 'EMPLOYER')`);
        await queryRunner.query(`CREATE TYPE "public"."subsidy_claim_status" AS ENUM('SUBMITTED', 'APPROVED', 'REJECTED', 'PAID')`);
        await queryRunner.query(`CREATE TABLE "subsidy_claims" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "placement_id" uuid NOT NULL, "worker_id" uuid NOT NULL, "worker_fingerprint" character(64) NOT NULL, "hukou_region_code" character(6) NOT NULL, "kind" "public"."subsidy_kind" NOT NULL, "beneficiary" "public"."subsidy_beneficiary" NOT NULL, "beneficiary_organization_id" uuid, "amount" integer NOT NULL, "policy_id" uuid NOT NULL, "status" "public"."subsidy_claim_status" NOT NULL DEFAULT 'SUBMITTED', "evidence" jsonb NOT NULL, "needs_review" boolean NOT NULL DEFAULT false, "submitted_by" uuid NOT NULL, "reviewed_by" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "review_note" text, "paid_on" date, "payment_reference" character varying(100), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_subsidy_claims_beneficiary" CHECK (("beneficiary" = 'WORKER') = ("beneficiary_organization_id" IS NULL)), CONSTRAINT "ck_subsidy_claims_amount" CHECK ("amount" > 0), CONSTRAINT "PK_1cd0e7898bec3390387d9dff96f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_subsidy_claims_placement_id" ON "subsidy_claims"  ("placement_id") `);
        await queryRunner.query(`CREATE INDEX "idx_subsidy_claims_region_status" ON "subsidy_claims"  ("hukou_region_code", "status") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_subsidy_claims_once_per_beneficiary" ON "subsidy_claims"  ("worker_fingerprint", "kind", "beneficiary_organization_id") WHERE "kind" IN ('TRACKING_SERVICE', 'ABSORPTION') AND "status" <> 'REJECTED'`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_subsidy_claims_once_per_person" ON "subsidy_claims"  ("worker_fingerprint", "kind") WHERE "kind" IN ('TRANSPORT', 'JOB_SEEKING') AND "status" <> 'REJECTED'`);
        await queryRunner.query(`ALTER TABLE "subsidy_policies" ADD CONSTRAINT "fk_subsidy_policies_province" FOREIGN KEY ("province_code") REFERENCES "regions"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "subsidy_claims" ADD CONSTRAINT "fk_subsidy_claims_placement" FOREIGN KEY ("placement_id") REFERENCES "placements"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "subsidy_claims" ADD CONSTRAINT "fk_subsidy_claims_hukou_region" FOREIGN KEY ("hukou_region_code") REFERENCES "regions"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "subsidy_claims" ADD CONSTRAINT "fk_subsidy_claims_beneficiary_organization" FOREIGN KEY ("beneficiary_organization_id") REFERENCES "organizations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "subsidy_claims" ADD CONSTRAINT "fk_subsidy_claims_policy" FOREIGN KEY ("policy_id") REFERENCES "subsidy_policies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "subsidy_claims" DROP CONSTRAINT "fk_subsidy_claims_policy"`);
        await queryRunner.query(`ALTER TABLE "subsidy_claims" DROP CONSTRAINT "fk_subsidy_claims_beneficiary_organization"`);
        await queryRunner.query(`ALTER TABLE "subsidy_claims" DROP CONSTRAINT "fk_subsidy_claims_hukou_region"`);
        await queryRunner.query(`ALTER TABLE "subsidy_claims" DROP CONSTRAINT "fk_subsidy_claims_placement"`);
        await queryRunner.query(`ALTER TABLE "subsidy_policies" DROP CONSTRAINT "fk_subsidy_policies_province"`);
        await queryRunner.query(`DROP INDEX "public"."uq_subsidy_claims_once_per_person"`);
        await queryRunner.query(`DROP INDEX "public"."uq_subsidy_claims_once_per_beneficiary"`);
        await queryRunner.query(`DROP INDEX "public"."idx_subsidy_claims_region_status"`);
        await queryRunner.query(`DROP INDEX "public"."idx_subsidy_claims_placement_id"`);
        await queryRunner.query(`DROP TABLE "subsidy_claims"`);
        await queryRunner.query(`DROP TYPE "public"."subsidy_claim_status"`);
        await queryRunner.query(`DROP TYPE "public"."subsidy_beneficiary"`);
        await queryRunner.query(`DROP TYPE "public"."subsidy_kind"`);
        await queryRunner.query(`DROP INDEX "public"."uq_subsidy_policies_version"`);
        await queryRunner.query(`DROP TABLE "subsidy_policies"`);
    }

}
