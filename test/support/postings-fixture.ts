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
  hazardous?: boolean;
  partTime?: boolean;
  /** When the posting was created (and published), e.g. '2026-10-01T09:00:00+08:00'; now by default. */
  createdAt?: string;
}

/**
 * Puts a posting in an exact state (headcount 1, closed, a welfare post) straight into the database, for suites that
 * test what happens after posting creation. Creation itself is tested through GraphQL in test/e2e/postings. Into the
 * run's database, or the one named (a suite's isolated database).
 */
export async function insertPosting(row: PostingRow, databaseUrl = process.env.DATABASE_URL): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query(
      `INSERT INTO postings (kind, title, organization_id, region_code, wage_min, wage_max, headcount, contract_months, status, created_by, version,
                             partner_region_codes, hazardous, part_time, created_at, published_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, gen_random_uuid(), 1, $10, $11, $12, coalesce($13::timestamptz, now()), coalesce($13::timestamptz, now()))
       RETURNING id`,
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
        row.hazardous ?? false,
        row.partTime ?? false,
        row.createdAt ?? null,
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
