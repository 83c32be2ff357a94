import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organisation awards (issue 16): one-off awards (一次性奖补) a bureau decides for a workshop or base, proposed, approved
 * by a second account and paid. Once per organisation and level, a rejected award aside (partial unique index); the
 * amount positive and within the cap of the cited policy, a cap only with a cited policy (checks).
 */
export class OrganizationAwards1796359325226 implements MigrationInterface {
    name = 'OrganizationAwards1796359325226'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."organization_award_level" AS ENUM('WORKSHOP', 'ASSISTANCE_BASE', 'PROVINCIAL_DEMONSTRATION_BASE')`);
        await queryRunner.query(`CREATE TYPE "public"."organization_award_status" AS ENUM('PROPOSED', 'APPROVED', 'REJECTED', 'PAID')`);
        await queryRunner.query(`CREATE TABLE "organization_awards" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "region_code" character(6) NOT NULL, "level" "public"."organization_award_level" NOT NULL, "amount" integer NOT NULL, "basis" text NOT NULL, "policy_id" uuid, "cap" integer, "status" "public"."organization_award_status" NOT NULL DEFAULT 'PROPOSED', "proposed_by" uuid NOT NULL, "reviewed_by" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "review_note" text, "paid_by" uuid, "paid_on" date, "payment_reference" character varying(100), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_organization_awards_policy_cap" CHECK ("cap" IS NULL OR "policy_id" IS NOT NULL), CONSTRAINT "ck_organization_awards_cap" CHECK ("cap" IS NULL OR "amount" <= "cap"), CONSTRAINT "ck_organization_awards_amount" CHECK ("amount" > 0), CONSTRAINT "PK_077edf19b4d60986afeff50732c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_organization_awards_region_status" ON "organization_awards"  ("region_code", "status") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_organization_awards_once_per_level" ON "organization_awards"  ("organization_id", "level") WHERE "status" <> 'REJECTED'`);
        await queryRunner.query(`ALTER TABLE "organization_awards" ADD CONSTRAINT "fk_organization_awards_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "organization_awards" ADD CONSTRAINT "fk_organization_awards_region" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "organization_awards" ADD CONSTRAINT "fk_organization_awards_policy" FOREIGN KEY ("policy_id") REFERENCES "subsidy_policies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "organization_awards" DROP CONSTRAINT "fk_organization_awards_policy"`);
        await queryRunner.query(`ALTER TABLE "organization_awards" DROP CONSTRAINT "fk_organization_awards_region"`);
        await queryRunner.query(`ALTER TABLE "organization_awards" DROP CONSTRAINT "fk_organization_awards_organization"`);
        await queryRunner.query(`DROP INDEX "public"."uq_organization_awards_once_per_level"`);
        await queryRunner.query(`DROP INDEX "public"."idx_organization_awards_region_status"`);
        await queryRunner.query(`DROP TABLE "organization_awards"`);
        await queryRunner.query(`DROP TYPE "public"."organization_award_status"`);
        await queryRunner.query(`DROP TYPE "public"."organization_award_level"`);
    }

}
