import pg from 'pg';

export interface PostingRow {
  organizationId: string | null;
  kind?: 'EAST_WEST' | 'WORKSHOP' | 'PUBLIC_WELFARE' | 'LOCAL';
  title?: string;
  regionCode?: string;
  headcount?: number;
  contractMonths?: number;
  status?: 'OPEN' | 'CLOSED' | 'FILLED';
  wageMin?: number;
  wageMax?: number;
  partnerRegionCodes?: string[];
}

/**
 * Puts a posting in an exact state (headcount 1, closed, a welfare post) straight into the database, for suites that
 * test what happens after posting creation. Creation itself is tested through GraphQL in test/e2e/postings.
 */
export async function insertPosting(row: PostingRow): Promise<string> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const result = await client.query(
      `INSERT INTO postings (kind, title, organization_id, region_code, wage_min, wage_max, headcount, contract_months, status, created_by, version, partner_region_codes)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, gen_random_uuid(), 1, $10) RETURNING id`,
      [
        row.kind ?? 'EAST_WEST',
        row.title ?? '电子厂普工',
        row.organizationId,
        row.regionCode ?? '440306',
        row.wageMin ?? 4500,
        row.wageMax ?? 6500,
        row.headcount ?? 10,
        row.contractMonths ?? 12,
        row.status ?? 'OPEN',
        row.partnerRegionCodes ?? (row.kind === 'EAST_WEST' || row.kind === undefined ? ['520000'] : []),
      ],
    );
    return result.rows[0].id;
  } finally {
    await client.end();
  }
}

/** Reads one row with `pg`, for assertions on state the API does not expose. */
export async function queryOne<T = Record<string, unknown>>(sql: string, params: unknown[]): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows[0] as T;
  } finally {
    await client.end();
  }
}
