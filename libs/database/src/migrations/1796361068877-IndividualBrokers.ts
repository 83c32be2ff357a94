import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Individual brokers (劳务经纪人, issue 16): a person who organises labour export is an agency without a credit code,
 * identified by their own resident ID number, kept as workers' are: sealed (AES-256-GCM under a key id), an HMAC
 * fingerprint (one broker registration per person) and the masked form; never in plain text. Every other kind keeps its
 * credit code (ck_organizations_identity; the kind compared as text, since the new value cannot be used in the same
 * transaction that adds it). Down works only while no broker is registered.
 */
export class IndividualBrokers1796361068877 implements MigrationInterface {
    name = 'IndividualBrokers1796361068877'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "organizations" ADD "id_ciphertext" bytea`);
        await queryRunner.query(`ALTER TABLE "organizations" ADD "id_key_id" character varying(16)`);
        await queryRunner.query(`ALTER TABLE "organizations" ADD "id_fingerprint" character(64)`);
        await queryRunner.query(`ALTER TABLE "organizations" ADD "id_masked" character varying(18)`);
        await queryRunner.query(`ALTER TYPE "public"."organization_kind" ADD VALUE 'INDIVIDUAL_BROKER'`);
        await queryRunner.query(`ALTER TABLE "organizations" ALTER COLUMN "credit_code" DROP NOT NULL`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_organizations_id_fingerprint" ON "organizations"  ("id_fingerprint") `);
        await queryRunner.query(`ALTER TABLE "organizations" ADD CONSTRAINT "ck_organizations_identity" CHECK (CASE WHEN "kind"::text = 'INDIVIDUAL_BROKER'
     THEN "credit_code" IS NULL AND "id_ciphertext" IS NOT NULL AND "id_key_id" IS NOT NULL AND "id_fingerprint" IS NOT NULL AND "id_masked" IS NOT NULL
     ELSE "credit_code" IS NOT NULL AND "id_ciphertext" IS NULL AND "id_fingerprint" IS NULL END)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "organizations" DROP CONSTRAINT "ck_organizations_identity"`);
        await queryRunner.query(`DROP INDEX "public"."uq_organizations_id_fingerprint"`);
        await queryRunner.query(`ALTER TABLE "organizations" ALTER COLUMN "credit_code" SET NOT NULL`);
        await queryRunner.query(`CREATE TYPE "public"."organization_kind_old" AS ENUM('ENTERPRISE', 'WORKSHOP', 'ASSISTANCE_BASE', 'COOPERATIVE', 'FAMILY_FARM', 'LABOR_AGENCY', 'HR_AGENCY', 'PUBLIC_EMPLOYER', 'LABOR_COOPERATIVE')`);
        await queryRunner.query(`ALTER TABLE "organizations" ALTER COLUMN "kind" TYPE "public"."organization_kind_old" USING "kind"::"text"::"public"."organization_kind_old"`);
        await queryRunner.query(`DROP TYPE "public"."organization_kind"`);
        await queryRunner.query(`ALTER TYPE "public"."organization_kind_old" RENAME TO "organization_kind"`);
        await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "id_masked"`);
        await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "id_fingerprint"`);
        await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "id_key_id"`);
        await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "id_ciphertext"`);
    }

}
