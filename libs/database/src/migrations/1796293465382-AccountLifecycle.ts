import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Login throttling and the account lifecycle (issue 15, items 7 and 8).
 * - `accounts.token_version`: every access token carries the version it was issued under; logout, a password change and
 *   disabling bump it, so every earlier token is refused at once, in every process.
 * - `accounts.disabled_reason` / `disabled_by`: a disabled account always says why and who (the audit log keeps the
 *   history; these say the current state).
 * - `login_throttles`: failed sign-ins per account name and per client address, in the database so a restart or a second
 *   process does not hand an attacker a fresh budget.
 * - `login_known_addresses`: where an account last signed in successfully, so an address lock caused by one person on a
 *   shared NAT does not shut out the colleagues who use that office every day.
 */
export class AccountLifecycle1796293465382 implements MigrationInterface {
  name = 'AccountLifecycle1796293465382';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "accounts" ADD "token_version" integer NOT NULL DEFAULT 0`);
    await queryRunner.query(`ALTER TABLE "accounts" ADD "disabled_reason" text`);
    await queryRunner.query(`ALTER TABLE "accounts" ADD "disabled_by" uuid`);
    // Accounts disabled by hand before this migration get a reason, so the constraint below holds for every row.
    await queryRunner.query(`UPDATE "accounts" SET "disabled_reason" = '迁移前已停用' WHERE "disabled_at" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "accounts" ADD CONSTRAINT "ck_accounts_token_version" CHECK ("token_version" >= 0)`);
    await queryRunner.query(
      `ALTER TABLE "accounts" ADD CONSTRAINT "ck_accounts_disabled_reason" CHECK (("disabled_at" IS NULL) = ("disabled_reason" IS NULL) AND ("disabled_at" IS NOT NULL OR "disabled_by" IS NULL))`,
    );
    await queryRunner.query(
      `CREATE TABLE "login_throttles" ("scope" character varying(16) NOT NULL, "key" character varying(128) NOT NULL, "failures" integer NOT NULL, "last_failure_at" TIMESTAMP WITH TIME ZONE NOT NULL, "locked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_login_throttles_scope" CHECK ("scope" IN ('ACCOUNT', 'ADDRESS')), CONSTRAINT "ck_login_throttles_failures" CHECK ("failures" >= 0), CONSTRAINT "PK_login_throttles" PRIMARY KEY ("scope", "key"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_login_throttles_last_failure_at" ON "login_throttles" ("last_failure_at") `);
    await queryRunner.query(
      `CREATE TABLE "login_known_addresses" ("account_id" uuid NOT NULL, "address" character varying(64) NOT NULL, "last_success_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_login_known_addresses" PRIMARY KEY ("account_id", "address"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_login_known_addresses_last_success_at" ON "login_known_addresses" ("last_success_at") `);
    await queryRunner.query(
      `ALTER TABLE "login_known_addresses" ADD CONSTRAINT "fk_login_known_addresses_account" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "login_known_addresses"`);
    await queryRunner.query(`DROP TABLE "login_throttles"`);
    await queryRunner.query(`ALTER TABLE "accounts" DROP CONSTRAINT "ck_accounts_disabled_reason"`);
    await queryRunner.query(`ALTER TABLE "accounts" DROP CONSTRAINT "ck_accounts_token_version"`);
    await queryRunner.query(`ALTER TABLE "accounts" DROP COLUMN "disabled_by"`);
    await queryRunner.query(`ALTER TABLE "accounts" DROP COLUMN "disabled_reason"`);
    await queryRunner.query(`ALTER TABLE "accounts" DROP COLUMN "token_version"`);
  }
}
