import { addDays, chinaToday, dateNumber } from '@app/common';
import { createMeiliClient } from '@app/search';
import type { IsolatedDatabase } from './isolated-database.js';

/** The day before today on China's calendar (between 00:00 and 08:00 in Beijing, that is today in UTC). */
export function yesterdayInChina(): string {
  return addDays(chinaToday(), -1);
}

export interface Hidden {
  /** Closed by its owner. */
  closed: string;
  /** Its last day was yesterday in China time. */
  expired: string;
  /** A workshop's posting whose organisation lost its verification. */
  hiddenOrganization: { postingId: string; organizationId: string };
}

/**
 * Makes three indexed postings non-public in PostgreSQL while the index still lists them as public, with their outbox
 * rows pending but not due for an hour: exactly the moment between a change and the relay's catching up. A reader
 * that finds them in the index must then ask PostgreSQL, with the visibility rule, before showing them.
 * Only for an isolated database: the pending rows stay until the database is dropped.
 */
export async function hideBehindPendingOutbox(db: IsolatedDatabase, hidden: Hidden): Promise<void> {
  await db.query(`UPDATE postings SET status = 'CLOSED', closed_at = now() WHERE id = $1`, [hidden.closed]);
  await db.query(`UPDATE postings SET valid_until = $2::date WHERE id = $1`, [hidden.expired, yesterdayInChina()]);
  await db.query(`UPDATE organizations SET verified_at = NULL WHERE id = $1`, [hidden.hiddenOrganization.organizationId]);
  await db.query(
    `INSERT INTO outbox (aggregate, aggregate_id, available_at) VALUES ('posting', $1, now() + interval '1 hour'), ('posting', $2, now() + interval '1 hour'),
       ('organization', $3, now() + interval '1 hour')`,
    [hidden.closed, hidden.expired, hidden.hiddenOrganization.organizationId],
  );
}

/**
 * Leaves a document in the index that no pending change touches, but that is no longer public: one still marked
 * CLOSED (the relay has not deleted it yet) and one whose last day has passed (a posting expires with the calendar,
 * with no event to re-index it). PostgreSQL says the same, so only the index's own filter can keep them out.
 */
export async function staleDocuments(db: IsolatedDatabase, indexUid: string, postings: { closed: string; expired: string }): Promise<void> {
  const yesterday = yesterdayInChina();
  await db.query(`UPDATE postings SET status = 'CLOSED', closed_at = now() WHERE id = $1`, [postings.closed]);
  await db.query(`UPDATE postings SET valid_until = $2::date WHERE id = $1`, [postings.expired, yesterday]);
  const client = createMeiliClient(process.env.MEILI_HOST!, process.env.MEILI_MASTER_KEY);
  const index = client.index<{ id: string; status?: string; validUntil?: number; shown?: Record<string, unknown> }>(indexUid);
  const [closed, expired] = await Promise.all([index.getDocument(postings.closed), index.getDocument(postings.expired)]);
  const { taskUid } = await index.updateDocuments([
    { id: postings.closed, status: 'CLOSED', shown: { ...closed.shown, status: 'CLOSED' } },
    { id: postings.expired, validUntil: dateNumber(yesterday), shown: { ...expired.shown, validUntil: yesterday } },
  ]);
  for (const deadline = Date.now() + 30_000; ;) {
    const task = await client.tasks.getTask(taskUid);
    if (task.status === 'succeeded') return;
    if (task.status !== 'enqueued' && task.status !== 'processing') throw new Error(`Meilisearch task ${taskUid} ${task.status}`);
    if (Date.now() > deadline) throw new Error(`Meilisearch task ${taskUid} not finished in time`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
