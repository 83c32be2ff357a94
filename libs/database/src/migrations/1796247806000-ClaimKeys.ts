import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Once-per rules as data (issue 16): each claim stores the key its rule's once-per scope gives (claim_key, computed by
 * the engine: libs/subsidies/src/rules/claim-key.ts), and one partial unique index on (fingerprint, key) replaces the
 * two kind-specific ones, so a per-year or per-placement rule is enforced by the database as firmly as a once-ever one.
 * Existing claims get the keys their (Guizhou and Hainan) rules give: the kind, and the paid organisation for
 * TRACKING_SERVICE and ABSORPTION. The column and index statements are as `migration:generate` writes them; the
 * back-fill is by hand.
 */
export class ClaimKeys1796247806000 implements MigrationInterface {
    name = 'ClaimKeys1796247806000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."uq_subsidy_claims_once_per_person"`);
        await queryRunner.query(`DROP INDEX "public"."uq_subsidy_claims_once_per_beneficiary"`);
        await queryRunner.query(`ALTER TABLE "subsidy_claims" ADD "claim_key" character varying(120)`);
        await queryRunner.query(`UPDATE "subsidy_claims" SET "claim_key" = CASE
            WHEN "kind" IN ('TRACKING_SERVICE', 'ABSORPTION') AND "beneficiary_organization_id" IS NOT NULL THEN "kind"::text || ':' || "beneficiary_organization_id"::text
            ELSE "kind"::text END`);
        await queryRunner.query(`ALTER TABLE "subsidy_claims" ALTER COLUMN "claim_key" SET NOT NULL`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_subsidy_claims_once_per_key" ON "subsidy_claims" ("worker_fingerprint", "claim_key") WHERE "status" <> 'REJECTED'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."uq_subsidy_claims_once_per_key"`);
        await queryRunner.query(`ALTER TABLE "subsidy_claims" DROP COLUMN "claim_key"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_subsidy_claims_once_per_beneficiary" ON "subsidy_claims" ("worker_fingerprint", "kind", "beneficiary_organization_id") WHERE "kind" IN ('TRACKING_SERVICE', 'ABSORPTION') AND "status" <> 'REJECTED'`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_subsidy_claims_once_per_person" ON "subsidy_claims" ("worker_fingerprint", "kind") WHERE "kind" IN ('TRANSPORT', 'JOB_SEEKING') AND "status" <> 'REJECTED'`);
    }

}
