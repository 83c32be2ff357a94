import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who funds and who approves (issue 16): a bureau account may belong to a department (乡村振兴 or 人社), and each claim
 * and award records the fund it is paid from, so only that fund's department reviews and pays it. Existing claims get
 * the fund their rule gives today (no shipped rule names one, so the kind's default: transport support from
 * 衔接推进乡村振兴补助资金, the rest from 就业补助资金); existing awards are all 就业补助资金; existing bureau accounts
 * keep no department (one office for both), so nothing they could do before is refused now.
 */
export class SubsidyFunds1796395654093 implements MigrationInterface {
  name = 'SubsidyFunds1796395654093';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."bureau_department" AS ENUM('RURAL_REVITALIZATION', 'HUMAN_RESOURCES')`);
    await queryRunner.query(`ALTER TABLE "accounts" ADD "department" "public"."bureau_department"`);
    await queryRunner.query(`ALTER TABLE "accounts" ADD CONSTRAINT "ck_accounts_department_bureau_only" CHECK ("department" IS NULL OR "role" = 'BUREAU')`);
    await queryRunner.query(`CREATE TYPE "public"."subsidy_fund" AS ENUM('RURAL_REVITALIZATION_FUND', 'EMPLOYMENT_FUND')`);
    await queryRunner.query(`ALTER TABLE "subsidy_claims" ADD "fund" "public"."subsidy_fund"`);
    await queryRunner.query(
      `UPDATE "subsidy_claims" SET "fund" = (CASE WHEN "kind" = 'TRANSPORT' THEN 'RURAL_REVITALIZATION_FUND' ELSE 'EMPLOYMENT_FUND' END)::"public"."subsidy_fund"`,
    );
    await queryRunner.query(`ALTER TABLE "subsidy_claims" ALTER COLUMN "fund" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "organization_awards" ADD "fund" "public"."subsidy_fund"`);
    await queryRunner.query(`UPDATE "organization_awards" SET "fund" = 'EMPLOYMENT_FUND'`);
    await queryRunner.query(`ALTER TABLE "organization_awards" ALTER COLUMN "fund" SET NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organization_awards" DROP COLUMN "fund"`);
    await queryRunner.query(`ALTER TABLE "subsidy_claims" DROP COLUMN "fund"`);
    await queryRunner.query(`DROP TYPE "public"."subsidy_fund"`);
    await queryRunner.query(`ALTER TABLE "accounts" DROP CONSTRAINT "ck_accounts_department_bureau_only"`);
    await queryRunner.query(`ALTER TABLE "accounts" DROP COLUMN "department"`);
    await queryRunner.query(`DROP TYPE "public"."bureau_department"`);
  }
}
