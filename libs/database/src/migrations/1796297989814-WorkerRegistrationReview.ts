import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Registrations under review (issue 15, item 4): a registration by anyone but a bureau is PENDING_REVIEW until the
 * bureau of the worker's hukou accepts, merges or refuses it. One person is registered once among ACCEPTED workers
 * only, so a pending duplicate can exist and the registering agency learns nothing from the answer. Existing workers
 * were registered under the old rules, which refused duplicates outright: they are ACCEPTED. Written by hand.
 */
export class WorkerRegistrationReview1796297989814 implements MigrationInterface {
  name = 'WorkerRegistrationReview1796297989814';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "worker_registration_status" AS ENUM ('PENDING_REVIEW', 'ACCEPTED', 'REJECTED', 'MERGED')`);
    await queryRunner.query(`ALTER TABLE "workers" ADD "registration_status" "worker_registration_status" NOT NULL DEFAULT 'ACCEPTED'`);
    await queryRunner.query(`ALTER TABLE "workers" ADD "registration_reviewed_by" uuid`);
    await queryRunner.query(`ALTER TABLE "workers" ADD "registration_reviewed_at" timestamptz`);
    await queryRunner.query(`ALTER TABLE "workers" ADD "registration_refusal_reason" text`);
    await queryRunner.query(`ALTER TABLE "workers" ADD "merged_into_worker_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "workers" ADD CONSTRAINT "fk_workers_merged_into" FOREIGN KEY ("merged_into_worker_id") REFERENCES "workers"("id")`,
    );
    // A merged record names the person it went into, and only a merged one does; a refused one says why.
    await queryRunner.query(
      `ALTER TABLE "workers" ADD CONSTRAINT "ck_workers_merged_into" CHECK (("registration_status" = 'MERGED') = ("merged_into_worker_id" IS NOT NULL))`,
    );
    await queryRunner.query(
      `ALTER TABLE "workers" ADD CONSTRAINT "ck_workers_refusal_reason" CHECK ("registration_status" <> 'REJECTED' OR "registration_refusal_reason" IS NOT NULL)`,
    );
    await queryRunner.query(`DROP INDEX "uq_workers_id_fingerprint"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_workers_id_fingerprint" ON "workers" ("id_fingerprint") WHERE "registration_status" = 'ACCEPTED'`);
    await queryRunner.query(`CREATE INDEX "idx_workers_id_fingerprint" ON "workers" ("id_fingerprint")`);
    await queryRunner.query(
      `CREATE INDEX "idx_workers_pending_review" ON "workers" ("hukou_region_code", "created_at") WHERE "registration_status" = 'PENDING_REVIEW'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "workers" WHERE "registration_status" <> 'ACCEPTED'`);
    await queryRunner.query(`DROP INDEX "idx_workers_pending_review"`);
    await queryRunner.query(`DROP INDEX "idx_workers_id_fingerprint"`);
    await queryRunner.query(`DROP INDEX "uq_workers_id_fingerprint"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_workers_id_fingerprint" ON "workers" ("id_fingerprint")`);
    await queryRunner.query(`ALTER TABLE "workers" DROP CONSTRAINT "ck_workers_refusal_reason"`);
    await queryRunner.query(`ALTER TABLE "workers" DROP CONSTRAINT "ck_workers_merged_into"`);
    await queryRunner.query(`ALTER TABLE "workers" DROP CONSTRAINT "fk_workers_merged_into"`);
    await queryRunner.query(
      `ALTER TABLE "workers" DROP COLUMN "merged_into_worker_id", DROP COLUMN "registration_refusal_reason", DROP COLUMN "registration_reviewed_at", DROP COLUMN "registration_reviewed_by", DROP COLUMN "registration_status"`,
    );
    await queryRunner.query(`DROP TYPE "worker_registration_status"`);
  }
}
