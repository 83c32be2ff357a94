import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 身份证查看记录 (issue 19): idNumberReveals lists one action of the audit log, newest first; without an index on
 * (action, at, id) every page scans the whole log, which only grows.
 */
export class AuditLogActionIndex1796365000000 implements MigrationInterface {
    name = 'AuditLogActionIndex1796365000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "idx_audit_log_action_at" ON "audit_log" ("action", "at", "id") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."idx_audit_log_action_at"`);
    }

}
