import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An organisation's published contact (issue 17): a business phone and an address, both optional, that
 * registrationHelp shows to people looking for an agency to register them. Existing organisations have none.
 */
export class OrganizationContact1796313906046 implements MigrationInterface {
  name = 'OrganizationContact1796313906046';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organizations" ADD "contact_phone" character varying(20)`);
    await queryRunner.query(`ALTER TABLE "organizations" ADD "address" character varying(200)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "address"`);
    await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "contact_phone"`);
  }
}
