import pg from 'pg';
import { createMeiliClient } from '@app/search';

export interface WaitForIndexingOptions {
  databaseUrl?: string;
  meiliHost?: string;
  meiliKey?: string;
  timeoutMs?: number;
}

/**
 * Resolves once every outbox event has been processed and Meilisearch has no enqueued or processing task: from then
 * on a search sees every committed write. Tests call this instead of sleeping. Defaults come from the environment
 * the Jest global setup fills in.
 */
export async function waitForIndexing(options: WaitForIndexingOptions = {}): Promise<void> {
  const databaseUrl = options.databaseUrl ?? process.env.DATABASE_URL;
  const meiliHost = options.meiliHost ?? process.env.MEILI_HOST;
  if (!databaseUrl || !meiliHost) throw new Error('waitForIndexing needs DATABASE_URL and MEILI_HOST');
  const meili = createMeiliClient(meiliHost, options.meiliKey ?? process.env.MEILI_MASTER_KEY);
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    for (;;) {
      const { rows } = await db.query<{ pending: number; lastError: string | null }>(
        `SELECT count(*)::int AS pending, max(last_error) AS "lastError" FROM outbox WHERE processed_at IS NULL`,
      );
      const tasks = rows[0].pending === 0 ? await meili.tasks.getTasks({ statuses: ['enqueued', 'processing'], limit: 1 }) : null;
      if (tasks && tasks.total === 0) return;
      if (Date.now() > deadline) {
        const what = tasks
          ? `${tasks.total} Meilisearch task(s) still running`
          : `${rows[0].pending} outbox event(s) pending (last error: ${rows[0].lastError ?? 'none'})`;
        throw new Error(`Indexing did not finish in time: ${what}`);
      }
      await new Promise((r) => setTimeout(r, 25));
    }
  } finally {
    await db.end();
  }
}
