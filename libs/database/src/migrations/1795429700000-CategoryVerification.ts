import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Verified categories: a category period is DECLARED (verified_at null) until a bureau of the worker's jurisdiction
 * vouches for it. Generated with `migration:generate`, then the data step added by hand: periods of workers registered
 * before this change count as verified when the registering account is a BUREAU (or ADMIN, who may verify anyway), and
 * stay declared when an agency registered the worker (docs/domain.md, "Rules we chose"). The verification time of
 * those rows is the worker's registration time.
 */
export class CategoryVerification1795429700000 implements MigrationInterface {
    name = 'CategoryVerification1795429700000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "worker_categories" ADD "verified_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "worker_categories" ADD "verified_by" uuid`);
        await queryRunner.query(`UPDATE "worker_categories" c SET "verified_at" = w."created_at", "verified_by" = w."registered_by"
            FROM "workers" w JOIN "accounts" a ON a."id" = w."registered_by"
            WHERE c."worker_id" = w."id" AND a."role" IN ('BUREAU', 'ADMIN')`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "worker_categories" DROP COLUMN "verified_by"`);
        await queryRunner.query(`ALTER TABLE "worker_categories" DROP COLUMN "verified_at"`);
    }

}
