import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Applications by posting and status (issue 18): Posting.applicantCounts counts a page of postings' applications in one
 * GROUP BY, and a posting's applicant list filters on posting_id; until now only the partial live-application index
 * (APPLIED, HIRED) covered posting_id.
 */
export class ApplicationsByPosting1796320000000 implements MigrationInterface {
  name = 'ApplicationsByPosting1796320000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "idx_applications_posting_status" ON "applications" ("posting_id", "status") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_applications_posting_status"`);
  }
}
