import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type EnqueuedTaskPromise, Meilisearch } from 'meilisearch';
import { DataSource } from 'typeorm';
import { OUTBOX_CHANNEL } from '@app/outbox';
import { PostingDocumentSource } from '../documents/posting-document-source.js';
import { assertSucceeded, PostingIndex, preparePostingIndex } from '../index-settings/posting-index.js';
import { waitForTask } from '../meili-task.js';
import { RELAY_SETTLE_MS } from '../relay/outbox-relay.js';

export interface ReindexProgress {
  /** Postings read from PostgreSQL so far. */
  read: number;
  /** Postings in the snapshot. */
  total: number;
  /** Documents sent (the public postings among those read). */
  indexed: number;
}

export interface ReindexResult extends ReindexProgress {
  /** Aggregates written while the rebuild ran, queued again for the relay so the swapped-in index misses nothing. */
  replayed: number;
  seconds: number;
}

const TASK_TIMEOUT_MS = 10 * 60_000;
/**
 * An outbox row that no relay ever claims (due at infinity) and that stays pending while a rebuild swaps the index and
 * replays what it missed: searchPostings then trusts no document and reads every hit from PostgreSQL.
 */
export const REINDEX_MARKER = 'search-reindex';

/**
 * Rebuilds the posting index from PostgreSQL without a moment of empty or partial search:
 *
 * 1. a fresh index `<live>_<time>` gets the settings first, then every public posting, read in id order from one
 *    REPEATABLE READ snapshot in pages (one Meilisearch task in flight while the next page is read);
 * 2. `swap-indexes` exchanges it with the live index in one step (searches see either the old or the new one), and
 *    the old contents, now under the temporary name, are deleted;
 * 3. whatever was written after the snapshot, or by a transaction still open when it was taken, went to the old
 *    index: those aggregates get a new outbox event, and the relay brings the new index up to date.
 *
 * From just before the swap until those events are queued (and the relay's settle margin after), a REINDEX_MARKER row
 * is pending, so searches read their hits from PostgreSQL rather than from documents that may lack a recent write. A
 * rebuild that dies in between leaves it pending (searches stay on PostgreSQL, correct and a little slower); the next
 * successful rebuild clears it.
 */
@Injectable()
export class PostingReindexer {
  private readonly logger = new Logger(PostingReindexer.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly source: PostingDocumentSource,
    private readonly postings: PostingIndex,
    private readonly meili: Meilisearch,
  ) {}

  async reindex(onProgress: (progress: ReindexProgress) => void = () => undefined, pageSize = 5_000): Promise<ReindexResult> {
    const started = Date.now();
    const live = this.postings.uid;
    const fresh = `${live}_${started.toString(36)}`;
    await preparePostingIndex(this.meili, fresh);
    try {
      const { floor, ...progress } = await this.fill(fresh, onProgress, pageSize);
      await preparePostingIndex(this.meili, live);
      const [{ id: marker }] = await this.dataSource.query<Array<{ id: string }>>(
        `INSERT INTO outbox (aggregate, aggregate_id, available_at) VALUES ($1, gen_random_uuid(), 'infinity') RETURNING id`,
        [REINDEX_MARKER],
      );
      let swapped = false;
      try {
        assertSucceeded(await waitForTask(this.meili, this.meili.swapIndexes([{ indexes: [live, fresh], rename: false }]), { timeoutMs: TASK_TIMEOUT_MS }));
        swapped = true;
        this.logger.log(`Swapped ${fresh} in as ${live}: ${progress.indexed} documents`);
        const replayed = await this.replaySince(floor);
        await new Promise((r) => setTimeout(r, RELAY_SETTLE_MS));
        await this.dataSource.query(`UPDATE outbox SET processed_at = clock_timestamp() WHERE aggregate = $1 AND processed_at IS NULL`, [REINDEX_MARKER]);
        return { ...progress, replayed, seconds: (Date.now() - started) / 1000 };
      } finally {
        // Not swapped: the live index is as it was, nothing to distrust.
        if (!swapped) await this.dataSource.query('UPDATE outbox SET processed_at = clock_timestamp() WHERE id = $1', [marker]).catch(() => undefined);
      }
    } finally {
      // Before the swap: the half-built index. After: the old contents. Either way no longer needed.
      await waitForTask(this.meili, this.meili.deleteIndex(fresh), { timeoutMs: TASK_TIMEOUT_MS }).catch((error: unknown) => {
        this.logger.warn(`Could not delete ${fresh}: ${error instanceof Error ? error.message : String(error)}`);
      });
    }
  }

  private async fill(uid: string, onProgress: (progress: ReindexProgress) => void, pageSize: number): Promise<ReindexProgress & { floor: Date }> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction('REPEATABLE READ');
      // The snapshot is taken by this first statement. Changes it cannot see come from transactions open at that
      // moment or started later; their outbox rows are stamped with their own start time (created_at = now()), so
      // everything from the oldest open transaction on is replayed afterwards (with a minute to spare).
      const [{ floor, total }] = await runner.manager.query<Array<{ floor: Date; total: number }>>(
        `SELECT least(now(), (SELECT min(xact_start) FROM pg_stat_activity WHERE datname = current_database() AND xact_start IS NOT NULL)) - interval '1 minute' AS floor,
                (SELECT count(*)::int FROM postings) AS total`,
      );
      const progress: ReindexProgress = { read: 0, total, indexed: 0 };
      onProgress({ ...progress });
      const index = this.meili.index(uid);
      let inFlight: EnqueuedTaskPromise | null = null;
      let after: string | null = null;
      for (;;) {
        const page = await this.source.page(runner.manager, after, pageSize);
        if (page.read === 0) break;
        if (inFlight) assertSucceeded(await waitForTask(this.meili, inFlight, { timeoutMs: TASK_TIMEOUT_MS, intervalMs: 25 }));
        inFlight = page.documents.length ? index.addDocuments(page.documents, { primaryKey: 'id' }) : null;
        progress.read += page.read;
        progress.indexed += page.documents.length;
        after = page.lastId;
        onProgress({ ...progress });
      }
      if (inFlight) assertSucceeded(await waitForTask(this.meili, inFlight, { timeoutMs: TASK_TIMEOUT_MS, intervalMs: 25 }));
      await runner.commitTransaction();
      return { ...progress, floor: new Date(floor) };
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  private async replaySince(floor: Date): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: unknown[] = await manager.query(
        `INSERT INTO outbox (aggregate, aggregate_id)
         SELECT DISTINCT aggregate, aggregate_id FROM outbox WHERE created_at >= $1 AND aggregate <> $2
         RETURNING id`,
        [floor, REINDEX_MARKER],
      );
      if (rows.length) await manager.query(`NOTIFY ${OUTBOX_CHANNEL}`);
      return rows.length;
    });
  }
}
