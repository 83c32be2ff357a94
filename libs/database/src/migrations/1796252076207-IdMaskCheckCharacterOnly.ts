import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The stored masked ID number keeps only the first 6 characters and the check character (520102***********X), no
 * longer the last 4 (issue 15): with the age on 1 January (the birth year at most) the old 6 + 4 form left about 33
 * possible numbers, and any birthday known from elsewhere gave the whole number. Data only, no schema change; written by
 * hand. Irreversible: the 3 sequence digits are not kept in clear anywhere (the ciphertext is opened only by reveal).
 */
export class IdMaskCheckCharacterOnly1796252076207 implements MigrationInterface {
    name = 'IdMaskCheckCharacterOnly1796252076207'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(
            `UPDATE "workers" SET "id_masked" = left("id_masked", 6) || repeat('*', 11) || right("id_masked", 1) WHERE char_length("id_masked") = 18 AND "id_masked" <> left("id_masked", 6) || repeat('*', 11) || right("id_masked", 1)`,
        );
    }

    public async down(): Promise<void> {
        // Nothing to restore: the shorter mask is a subset of the old one, which cannot be rebuilt without the key.
    }
}
