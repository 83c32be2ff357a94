import { MigrationInterface, QueryRunner } from "typeorm";

export class Statistics1795428616990 implements MigrationInterface {
    name = 'Statistics1795428616990'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "employment_targets" ("region_code" character(6) NOT NULL, "year" integer NOT NULL, "workers" integer NOT NULL, "set_by" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_employment_targets_workers" CHECK ("workers" >= 0), CONSTRAINT "PK_1ce69fd17faf2f12a3ef04e9384" PRIMARY KEY ("region_code", "year"))`);
        await queryRunner.query(`ALTER TABLE "employment_targets" ADD CONSTRAINT "fk_employment_targets_region" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "employment_targets" DROP CONSTRAINT "fk_employment_targets_region"`);
        await queryRunner.query(`DROP TABLE "employment_targets"`);
    }

}
