import { MigrationInterface, QueryRunner } from "typeorm";

export class Foundation1795426898616 implements MigrationInterface {
    name = 'Foundation1795426898616'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "regions" ("code" character(6) NOT NULL, "name" character varying(64) NOT NULL, "level" character varying(8) NOT NULL, "parent_code" character(6), CONSTRAINT "ck_regions_level" CHECK ("level" IN ('PROVINCE', 'CITY', 'COUNTY')), CONSTRAINT "PK_4f6dc5a464961e7c65a395ea4c6" PRIMARY KEY ("code"))`);
        await queryRunner.query(`CREATE INDEX "idx_regions_parent_code" ON "regions"  ("parent_code") `);
        await queryRunner.query(`CREATE TYPE "public"."organization_kind" AS ENUM('ENTERPRISE', 'WORKSHOP', 'ASSISTANCE_BASE', 'COOPERATIVE', 'FAMILY_FARM', 'LABOR_AGENCY', 'HR_AGENCY', 'PUBLIC_EMPLOYER')`);
        await queryRunner.query(`CREATE TABLE "organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(100) NOT NULL, "kind" "public"."organization_kind" NOT NULL, "credit_code" character(18) NOT NULL, "region_code" character(6) NOT NULL, "small_or_micro" boolean NOT NULL DEFAULT false, "lat" double precision, "lng" double precision, "verified_at" TIMESTAMP WITH TIME ZONE, "verified_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_organizations_credit_code" ON "organizations"  ("credit_code") `);
        await queryRunner.query(`CREATE INDEX "idx_organizations_region_code" ON "organizations"  ("region_code") `);
        await queryRunner.query(`CREATE TYPE "public"."account_role" AS ENUM('WORKER', 'EMPLOYER', 'AGENT', 'BUREAU', 'ADMIN')`);
        await queryRunner.query(`CREATE TABLE "accounts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" character varying(64) NOT NULL, "password_hash" character varying(100) NOT NULL, "role" "public"."account_role" NOT NULL, "region_code" character(6), "organization_id" uuid, "worker_id" uuid, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "disabled_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5a7a02c20412299d198e097a8fe" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_accounts_username" ON "accounts"  ("username") `);
        await queryRunner.query(`CREATE INDEX "idx_accounts_organization_id" ON "accounts"  ("organization_id") `);
        await queryRunner.query(`ALTER TABLE "regions" ADD CONSTRAINT "fk_regions_parent" FOREIGN KEY ("parent_code") REFERENCES "regions"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "organizations" ADD CONSTRAINT "fk_organizations_region" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "accounts" ADD CONSTRAINT "fk_accounts_region" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "accounts" ADD CONSTRAINT "fk_accounts_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "accounts" DROP CONSTRAINT "fk_accounts_organization"`);
        await queryRunner.query(`ALTER TABLE "accounts" DROP CONSTRAINT "fk_accounts_region"`);
        await queryRunner.query(`ALTER TABLE "organizations" DROP CONSTRAINT "fk_organizations_region"`);
        await queryRunner.query(`ALTER TABLE "regions" DROP CONSTRAINT "fk_regions_parent"`);
        await queryRunner.query(`DROP INDEX "public"."idx_accounts_organization_id"`);
        await queryRunner.query(`DROP INDEX "public"."uq_accounts_username"`);
        await queryRunner.query(`DROP TABLE "accounts"`);
        await queryRunner.query(`DROP TYPE "public"."account_role"`);
        await queryRunner.query(`DROP INDEX "public"."idx_organizations_region_code"`);
        await queryRunner.query(`DROP INDEX "public"."uq_organizations_credit_code"`);
        await queryRunner.query(`DROP TABLE "organizations"`);
        await queryRunner.query(`DROP TYPE "public"."organization_kind"`);
        await queryRunner.query(`DROP INDEX "public"."idx_regions_parent_code"`);
        await queryRunner.query(`DROP TABLE "regions"`);
    }

}
