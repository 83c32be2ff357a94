import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Entrustments (issue 18): a bureau hands workers of its ledger to a verified agency for organised export; in force only
 * with the worker's consent (PIPL Art. 23: a paper form the bureau records, or the worker's confirmation in the app),
 * which the worker may withdraw and the bureau revoke. One live entrustment per worker and agency (partial unique
 * index); an entrustment in force carries its consent, a paper consent its date, an ended one when and by whom.
 */
export class WorkerEntrustments1796320100000 implements MigrationInterface {
  name = 'WorkerEntrustments1796320100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."entrustment_status" AS ENUM('PENDING_CONSENT', 'ACTIVE', 'REVOKED', 'WITHDRAWN')`);
    await queryRunner.query(`CREATE TYPE "public"."entrustment_consent_kind" AS ENUM('SIGNED_PAPER', 'IN_APP')`);
    await queryRunner.query(
      `CREATE TABLE "worker_entrustments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "worker_id" uuid NOT NULL, "agency_organization_id" uuid NOT NULL, "status" "public"."entrustment_status" NOT NULL, "consent_kind" "public"."entrustment_consent_kind", "consent_signed_on" date, "consented_at" TIMESTAMP WITH TIME ZONE, "entrusted_by" uuid NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE, "ended_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_worker_entrustments_consent" CHECK ("status" <> 'ACTIVE' OR ("consent_kind" IS NOT NULL AND "consented_at" IS NOT NULL)), CONSTRAINT "ck_worker_entrustments_paper" CHECK ("consent_kind" IS DISTINCT FROM 'SIGNED_PAPER' OR "consent_signed_on" IS NOT NULL), CONSTRAINT "ck_worker_entrustments_ended" CHECK (("status" IN ('REVOKED', 'WITHDRAWN')) = ("ended_at" IS NOT NULL AND "ended_by" IS NOT NULL)), CONSTRAINT "PK_worker_entrustments" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_worker_entrustments_live" ON "worker_entrustments" ("worker_id", "agency_organization_id") WHERE "status" IN ('PENDING_CONSENT', 'ACTIVE')`,
    );
    await queryRunner.query(`CREATE INDEX "idx_worker_entrustments_agency" ON "worker_entrustments" ("agency_organization_id", "status") `);
    await queryRunner.query(
      `ALTER TABLE "worker_entrustments" ADD CONSTRAINT "fk_worker_entrustments_worker" FOREIGN KEY ("worker_id") REFERENCES "workers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "worker_entrustments" ADD CONSTRAINT "fk_worker_entrustments_agency" FOREIGN KEY ("agency_organization_id") REFERENCES "organizations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "worker_entrustments"`);
    await queryRunner.query(`DROP TYPE "public"."entrustment_consent_kind"`);
    await queryRunner.query(`DROP TYPE "public"."entrustment_status"`);
  }
}
