import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 劳务合作社 (issue 16): a labour cooperative organises labour export and may receive 跟踪服务补贴 as the seed policies say
 * (人力资源服务机构、劳务公司、劳务合作社). Its own kind, an agency (AGENT accounts, vetted by the bureau), distinct from
 * the farmers' COOPERATIVE, which employs. Down works only while no organisation is of the new kind.
 */
export class LaborCooperative1796360048322 implements MigrationInterface {
    name = 'LaborCooperative1796360048322'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TYPE "public"."organization_kind" ADD VALUE 'LABOR_COOPERATIVE'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."organization_kind_old" AS ENUM('ENTERPRISE', 'WORKSHOP', 'ASSISTANCE_BASE', 'COOPERATIVE', 'FAMILY_FARM', 'LABOR_AGENCY', 'HR_AGENCY', 'PUBLIC_EMPLOYER')`);
        await queryRunner.query(`ALTER TABLE "organizations" ALTER COLUMN "kind" TYPE "public"."organization_kind_old" USING "kind"::"text"::"public"."organization_kind_old"`);
        await queryRunner.query(`DROP TYPE "public"."organization_kind"`);
        await queryRunner.query(`ALTER TYPE "public"."organization_kind_old" RENAME TO "organization_kind"`);
    }

}
