import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The application of a placement cancelled before this release was left HIRED, which kept it live and blocked the
 * worker from applying to the posting again: it becomes CANCELLED, as cancelPlacement now does.
 */
export class CancelledApplications1795429800001 implements MigrationInterface {
    name = 'CancelledApplications1795429800001'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`UPDATE "applications" a SET "status" = 'CANCELLED' FROM "placements" p WHERE p."application_id" = a."id" AND p."status" = 'CANCELLED' AND a."status" = 'HIRED'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`UPDATE "applications" SET "status" = 'HIRED' WHERE "status" = 'CANCELLED'`);
    }
}
