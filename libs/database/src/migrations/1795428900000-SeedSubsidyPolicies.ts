import type { MigrationInterface, QueryRunner } from 'typeorm';
import { DEFAULT_POLICIES } from '@app/subsidies';

/** The default policies (Guizhou, the product's default; Hainan-style) as data; later versions come through createSubsidyPolicy. */
export class SeedSubsidyPolicies1795428900000 implements MigrationInterface {
  name = 'SeedSubsidyPolicies1795428900000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const policy of DEFAULT_POLICIES) {
      await queryRunner.query(
        `INSERT INTO "subsidy_policies" ("province_code", "name", "version", "valid_from", "valid_to", "rules")
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT ("province_code", "version") DO NOTHING`,
        [policy.provinceCode, policy.name, policy.version, policy.validFrom, policy.validTo, JSON.stringify(policy.rules)],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const policy of DEFAULT_POLICIES) {
      await queryRunner.query(`DELETE FROM "subsidy_policies" WHERE "province_code" = $1 AND "version" = $2 AND "created_by" IS NULL`, [policy.provinceCode, policy.version]);
    }
  }
}
