import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Placement status gains CANCELLED (stored) and UPCOMING (never stored: derived from the start date, kept in the type
 * so the column and the GraphQL enum share one list). Apart from the constraints that use the new values: PostgreSQL
 * refuses a new enum value in the transaction that added it.
 */
export class PlacementStatuses1795429300000 implements MigrationInterface {
    name = 'PlacementStatuses1795429300000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TYPE "public"."placement_status" ADD VALUE IF NOT EXISTS 'UPCOMING' BEFORE 'ACTIVE'`);
        await queryRunner.query(`ALTER TYPE "public"."placement_status" ADD VALUE IF NOT EXISTS 'CANCELLED'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."placement_status_old" AS ENUM('ACTIVE', 'ENDED')`);
        await queryRunner.query(`ALTER TABLE "placements" ALTER COLUMN "status" DROP DEFAULT`);
        await queryRunner.query(`ALTER TABLE "placements" ALTER COLUMN "status" TYPE "public"."placement_status_old" USING "status"::"text"::"public"."placement_status_old"`);
        await queryRunner.query(`ALTER TABLE "placements" ALTER COLUMN "status" SET DEFAULT 'ACTIVE'`);
        await queryRunner.query(`DROP TYPE "public"."placement_status"`);
        await queryRunner.query(`ALTER TYPE "public"."placement_status_old" RENAME TO "placement_status"`);
    }
}
