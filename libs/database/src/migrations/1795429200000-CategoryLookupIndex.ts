import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The category a worker held on a day is looked up once per placement by the statistics (live and rollup refresh):
 * with every column it reads in the index, the look-up is an index-only scan instead of a heap visit per placement.
 */
export class CategoryLookupIndex1795429200000 implements MigrationInterface {
  name = 'CategoryLookupIndex1795429200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "idx_worker_categories_lookup" ON "worker_categories" ("worker_id", "effective_from", "effective_to", "category") `);
    await queryRunner.query(`DROP INDEX "public"."idx_worker_categories_worker_id"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "idx_worker_categories_worker_id" ON "worker_categories" ("worker_id", "effective_from") `);
    await queryRunner.query(`DROP INDEX "public"."idx_worker_categories_lookup"`);
  }
}
