import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who created each household (issue 15, item 3): an agency adds members only to households it created; a bureau of the
 * household's county to any. Null means created by a bureau or ADMIN (only bureaus add to it).
 *
 * Existing rows: a household is created together with its first member, by the same account, so the agency that
 * registered the earliest member is exactly the creator (null when a bureau registered them). Members added later by
 * other agencies stay, but no longer give those agencies the right to add more. Written by hand.
 */
export class HouseholdCreator1796294477368 implements MigrationInterface {
  name = 'HouseholdCreator1796294477368';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "households" ADD "created_by_organization_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "households" ADD CONSTRAINT "fk_households_created_by_organization" FOREIGN KEY ("created_by_organization_id") REFERENCES "organizations"("id")`,
    );
    await queryRunner.query(`CREATE INDEX "idx_households_created_by_organization_id" ON "households" ("created_by_organization_id")`);
    await queryRunner.query(
      `UPDATE "households" h SET "created_by_organization_id" = first.registered_by_organization_id
         FROM (SELECT DISTINCT ON (household_id) household_id, registered_by_organization_id
                 FROM "workers" ORDER BY household_id, created_at, id) first
        WHERE first.household_id = h.id AND first.registered_by_organization_id IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_households_created_by_organization_id"`);
    await queryRunner.query(`ALTER TABLE "households" DROP CONSTRAINT "fk_households_created_by_organization"`);
    await queryRunner.query(`ALTER TABLE "households" DROP COLUMN "created_by_organization_id"`);
  }
}
