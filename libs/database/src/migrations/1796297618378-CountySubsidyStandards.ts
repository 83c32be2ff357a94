import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * County standards (issue 16): a county's own amount for one rule of a province policy version, from a day on, never
 * above the rule's amount (the province's cap, checked on entry because it lives in the policy's rules). One standard
 * per policy, rule, county and first day.
 */
export class CountySubsidyStandards1796297618378 implements MigrationInterface {
  name = 'CountySubsidyStandards1796297618378';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "county_subsidy_standards" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "policy_id" uuid NOT NULL, "rule_index" integer NOT NULL, "county_code" character(6) NOT NULL, "amount" integer NOT NULL, "valid_from" date NOT NULL, "set_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_county_subsidy_standards_rule" CHECK ("rule_index" >= 0), CONSTRAINT "ck_county_subsidy_standards_amount" CHECK ("amount" > 0), CONSTRAINT "PK_county_subsidy_standards" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_county_subsidy_standards" ON "county_subsidy_standards" ("policy_id", "rule_index", "county_code", "valid_from") `,
    );
    await queryRunner.query(
      `ALTER TABLE "county_subsidy_standards" ADD CONSTRAINT "fk_county_subsidy_standards_policy" FOREIGN KEY ("policy_id") REFERENCES "subsidy_policies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "county_subsidy_standards" ADD CONSTRAINT "fk_county_subsidy_standards_county" FOREIGN KEY ("county_code") REFERENCES "regions"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "county_subsidy_standards"`);
  }
}
