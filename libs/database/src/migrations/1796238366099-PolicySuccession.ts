import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Policy succession (issue 16): a version may name the one it succeeds (a chain: at most one successor each), and a
 * version a claim refers to is immutable: the trigger refuses changing its content (the service refuses first, with
 * POLICY_IN_USE; a correction is a new version). The column, index and key were generated with `migration:generate`;
 * the trigger is written by hand (it fires only when a value really changes, so a save of an unchanged row passes).
 */
export class PolicySuccession1796238366099 implements MigrationInterface {
    name = 'PolicySuccession1796238366099'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "subsidy_policies" ADD "supersedes_id" uuid`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_subsidy_policies_supersedes" ON "subsidy_policies"  ("supersedes_id") WHERE "supersedes_id" IS NOT NULL`);
        await queryRunner.query(`ALTER TABLE "subsidy_policies" ADD CONSTRAINT "fk_subsidy_policies_supersedes" FOREIGN KEY ("supersedes_id") REFERENCES "subsidy_policies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`CREATE FUNCTION "subsidy_policy_immutable_once_used"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF EXISTS (SELECT 1 FROM "subsidy_claims" WHERE "policy_id" = OLD."id") THEN
                RAISE EXCEPTION 'subsidy policy % is used by a claim and cannot change', OLD."id" USING ERRCODE = 'check_violation';
              END IF;
              RETURN NEW;
            END $$`);
        await queryRunner.query(`CREATE TRIGGER "tr_subsidy_policies_immutable_once_used" BEFORE UPDATE OF "province_code", "name", "version", "valid_from", "valid_to", "rules", "supersedes_id" ON "subsidy_policies" FOR EACH ROW WHEN ((OLD."province_code", OLD."name", OLD."version", OLD."valid_from", OLD."valid_to", OLD."rules", OLD."supersedes_id") IS DISTINCT FROM (NEW."province_code", NEW."name", NEW."version", NEW."valid_from", NEW."valid_to", NEW."rules", NEW."supersedes_id")) EXECUTE FUNCTION "subsidy_policy_immutable_once_used"()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER "tr_subsidy_policies_immutable_once_used" ON "subsidy_policies"`);
        await queryRunner.query(`DROP FUNCTION "subsidy_policy_immutable_once_used"()`);
        await queryRunner.query(`ALTER TABLE "subsidy_policies" DROP CONSTRAINT "fk_subsidy_policies_supersedes"`);
        await queryRunner.query(`DROP INDEX "public"."uq_subsidy_policies_supersedes"`);
        await queryRunner.query(`ALTER TABLE "subsidy_policies" DROP COLUMN "supersedes_id"`);
    }

}
