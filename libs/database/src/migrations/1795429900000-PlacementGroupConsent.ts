import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Employer consent for group departures: group status gains APPROVED and CANCELLED (added only, nothing here uses
 * them: PostgreSQL refuses a new enum value in the transaction that added it), the approval and the actual departure
 * day are recorded, and a roster member's "travelling" flag becomes "on_roster" (on an open roster; travelling is now
 * derived: on the roster of a DEPARTED group). Generated with `migration:generate` (it found the rename itself).
 * `down` fails while a group is APPROVED or CANCELLED: move those back to FORMING first.
 */
export class PlacementGroupConsent1795429900000 implements MigrationInterface {
    name = 'PlacementGroupConsent1795429900000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."uq_placement_group_members_travelling"`);
        await queryRunner.query(`ALTER TABLE "placement_group_members" RENAME COLUMN "travelling" TO "on_roster"`);
        await queryRunner.query(`ALTER TABLE "placement_groups" ADD "departed_on" date`);
        await queryRunner.query(`ALTER TABLE "placement_groups" ADD "approved_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "placement_groups" ADD "approved_by" uuid`);
        await queryRunner.query(`ALTER TABLE "placement_groups" ADD "cancelled_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TYPE "public"."placement_group_status" ADD VALUE 'APPROVED'`);
        await queryRunner.query(`ALTER TYPE "public"."placement_group_status" ADD VALUE 'CANCELLED'`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_placement_group_members_on_roster" ON "placement_group_members"  ("worker_id") WHERE "on_roster"`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."uq_placement_group_members_on_roster"`);
        await queryRunner.query(`CREATE TYPE "public"."placement_group_status_old" AS ENUM('FORMING', 'DEPARTED', 'ARRIVED')`);
        await queryRunner.query(`ALTER TABLE "placement_groups" ALTER COLUMN "status" TYPE "public"."placement_group_status_old" USING "status"::"text"::"public"."placement_group_status_old"`);
        await queryRunner.query(`DROP TYPE "public"."placement_group_status"`);
        await queryRunner.query(`ALTER TYPE "public"."placement_group_status_old" RENAME TO "placement_group_status"`);
        await queryRunner.query(`ALTER TABLE "placement_groups" DROP COLUMN "cancelled_at"`);
        await queryRunner.query(`ALTER TABLE "placement_groups" DROP COLUMN "approved_by"`);
        await queryRunner.query(`ALTER TABLE "placement_groups" DROP COLUMN "approved_at"`);
        await queryRunner.query(`ALTER TABLE "placement_groups" DROP COLUMN "departed_on"`);
        await queryRunner.query(`ALTER TABLE "placement_group_members" RENAME COLUMN "on_roster" TO "travelling"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_placement_group_members_travelling" ON "placement_group_members" USING btree ("worker_id") WHERE travelling`);
    }

}
