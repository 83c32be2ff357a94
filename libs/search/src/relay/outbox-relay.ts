import { performance } from 'node:perf_hooks';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EnqueuedTask } from 'meilisearch';
import { DataSource, type EntityManager } from 'typeorm';
import { type DocumentChanges, PostingDocumentSource } from '../documents/posting-document-source.js';
import { assertSucceeded, PostingIndex } from '../index-settings/posting-index.js';
import { BACKOFF_BASE_MS, BACKOFF_MAX_MS } from './backoff.js';
import { RelayMetrics } from './relay-metrics.js';
import { TaskWatcher } from './task-watcher.js';

interface ClaimedEvent {
  id: string;
  aggregate: string;
  aggregateId: string;
  createdAt: Date;
}

export interface BatchOutcome {
  /** Rows claimed from the outbox (0: nothing was due). */
  claimed: number;
  processed: number;
  /** Left pending because another relay holds the same aggregate; picked up by a later batch. */
  deferred: number;
  failed: number;
  /** Documents written and deleted. */
  upserted: number;
  deleted: number;
}

export interface RelayOptions {
  batchSize: number;
  /** Documents per Meilisearch request. */
  chunkSize: number;
  /** How long to wait for Meilisearch to finish a task before the batch counts as failed. */
  taskTimeoutMs: number;
  /**
   * While its tasks run, a sent batch's rows are leased: not due again until this long after sending. A relay that dies
   * after sending leaves them to be sent again once the lease ends; one that is merely slow sends nothing twice unless
   * Meilisearch takes longer than the lease (then the resend is a harmless replay).
   */
  leaseMs: number;
  /**
   * Rows stay pending this long after Meilisearch reports their tasks succeeded. searchPostings serves a hit from the
   * index only when no pending row touches it, and it checks that in parallel with the search itself; a search whose
   * check returns within this margin of sending its query cannot have read the index before a change that its check
   * already sees as processed (SEARCH_SETTLE_MS in the search service must stay below it).
   */
  settleMs: number;
}

export const RELAY_SETTLE_MS = 300;

const DEFAULT_OPTIONS: RelayOptions = { batchSize: 500, chunkSize: 1000, taskTimeoutMs: 60_000, leaseMs: 10_000, settleMs: RELAY_SETTLE_MS };
const EMPTY: BatchOutcome = { claimed: 0, processed: 0, deferred: 0, failed: 0, upserted: 0, deleted: 0 };

/**
 * A batch whose documents Meilisearch has accepted (enqueued) but not necessarily applied yet: `confirm` waits for
 * the tasks and marks the rows processed. `tasks` is empty when there was nothing to wait for (the outcome is final).
 */
export interface SentBatch {
  outcome: BatchOutcome;
  tasks: number[];
  events: ClaimedEvent[];
  /** Timer of the batch-duration metric, stopped when the batch is confirmed. */
  stopTimer: () => void;
}

/** Advisory-lock key of an aggregate (transaction-scoped, so a crash releases it with the connection). */
const lockKey = (aggregate: string, id: string) => `search:${aggregate}:${id}`;

/**
 * Moves outbox events into Meilisearch, a batch in two halves. `send`, one short PostgreSQL transaction:
 *
 * 1. claim due rows with FOR UPDATE SKIP LOCKED, so any number of relays (API processes, workers) share the work;
 * 2. take a transaction-scoped advisory lock per aggregate, so two relays never index the same posting at once (one
 *    could otherwise send an older version after the other sent a newer one); rows whose aggregate is held elsewhere
 *    stay pending for a later batch;
 * 3. re-read the current rows (events carry no payload), enqueue upserts and deletes in chunks, and lease the rows
 *    (not due again for `leaseMs`) before committing.
 *
 * `confirm`, without a transaction: wait until Meilisearch has applied every task, then (after `settleMs`) mark the
 * rows processed. A crash anywhere before that leaves the rows pending, due again when the lease ends, and the next
 * batch sends the same current state again: replaying is harmless. A failure records attempts, the error and a
 * back-off time.
 */
@Injectable()
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);
  private options: RelayOptions = DEFAULT_OPTIONS;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly source: PostingDocumentSource,
    private readonly postings: PostingIndex,
    private readonly watcher: TaskWatcher,
    private readonly metrics: RelayMetrics,
  ) {}

  configure(options: Partial<RelayOptions>): this {
    this.options = { ...this.options, ...options };
    return this;
  }

  get batchSize(): number {
    return this.options.batchSize;
  }

  /** One whole batch: send it, wait until Meilisearch has applied it, mark it processed. */
  async processBatch(): Promise<BatchOutcome> {
    return this.confirm(await this.send());
  }

  /**
   * The first half of a batch, in one short transaction: claim due rows, lock their aggregates, read the current rows,
   * enqueue the documents in Meilisearch, and lease the rows while the tasks run. No connection is held while
   * Meilisearch works, so a relay can keep sending what arrives meanwhile; Meilisearch folds every task enqueued while
   * it indexes into its next batch. Per-aggregate order holds: the lock spans the read and the enqueue, so a later
   * read of the same posting always gets a later task, and Meilisearch applies tasks in order.
   */
  async send(): Promise<SentBatch> {
    await this.postings.ensureReady();
    const stopTimer = this.metrics.batchSeconds.startTimer();
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    let sent: SentBatch;
    try {
      await runner.startTransaction();
      sent = { ...(await this.sendBatch(runner.manager)), stopTimer };
      await runner.commitTransaction();
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      this.metrics.batches.inc({ outcome: 'error' });
      throw error;
    } finally {
      await runner.release();
    }
    if (sent.tasks.length === 0) this.finish(sent);
    return sent;
  }

  /**
   * The second half: waits for the batch's tasks, then marks its rows processed (or records the failure with a
   * back-off). Never throws: if PostgreSQL is unreachable here the rows stay leased and are sent again when the lease
   * ends.
   */
  async confirm(sent: SentBatch): Promise<BatchOutcome> {
    if (sent.tasks.length === 0) return sent.outcome;
    let outcome = sent.outcome;
    try {
      const finished = await this.watcher.wait(sent.tasks, this.options.taskTimeoutMs);
      finished.forEach(assertSucceeded);
    } catch (error) {
      outcome = { ...sent.outcome, processed: 0, failed: sent.events.length, upserted: 0, deleted: 0 };
      await this.recordFailure(this.dataSource.manager, sent.events, error).catch((e: unknown) =>
        this.logger.warn(`Could not record a failed search batch (${e instanceof Error ? e.message : String(e)}); its lease will run out`),
      );
      this.finish({ ...sent, outcome });
      return outcome;
    }
    // Searchable now; marked processed only after the settle margin (see RelayOptions.settleMs).
    const searchable = Date.now();
    if (this.options.settleMs > 0) await new Promise((r) => setTimeout(r, this.options.settleMs));
    try {
      await this.dataSource.query('UPDATE outbox SET processed_at = clock_timestamp() WHERE id = ANY($1::bigint[]) AND processed_at IS NULL', [
        sent.events.map((e) => e.id),
      ]);
    } catch (error) {
      this.logger.warn(`Could not mark a search batch processed (${error instanceof Error ? error.message : String(error)}); it will be sent again`);
      this.metrics.batches.inc({ outcome: 'error' });
      return { ...outcome, processed: 0 };
    }
    for (const event of sent.events) this.metrics.lagSeconds.observe(Math.max(0, searchable - new Date(event.createdAt).getTime()) / 1000);
    this.metrics.events.inc({ outcome: 'processed' }, sent.events.length);
    this.finish(sent);
    return outcome;
  }

  private finish(sent: SentBatch): void {
    if (sent.outcome.claimed === 0) return;
    sent.stopTimer();
    this.metrics.batches.inc({ outcome: sent.outcome.failed ? 'failed' : 'ok' });
    if (sent.outcome.deferred) this.metrics.events.inc({ outcome: 'deferred' }, sent.outcome.deferred);
    this.metrics.documents.inc({ operation: 'upsert' }, sent.outcome.upserted);
    this.metrics.documents.inc({ operation: 'delete' }, sent.outcome.deleted);
  }

  /** Runs batches until nothing is due (for the CLI and for tests); returns the events processed. */
  async drain(maxBatches = Number.POSITIVE_INFINITY): Promise<number> {
    let processed = 0;
    for (let i = 0; i < maxBatches; i++) {
      const outcome = await this.processBatch();
      processed += outcome.processed;
      if (outcome.claimed === 0 || outcome.failed > 0 || outcome.processed === 0) break;
    }
    return processed;
  }

  /**
   * Processed rows are only history once the index holds them; a week of them is kept for diagnosis (and for a reindex
   * to replay recent writes). Deletes in bounded chunks so it never holds long locks.
   */
  async prune(retentionDays = 7, limit = 10_000): Promise<number> {
    const result: [unknown[], number] = await this.dataSource.query(
      `DELETE FROM outbox WHERE id IN (
         SELECT id FROM outbox WHERE processed_at < now() - make_interval(days => $1) LIMIT $2)`,
      [retentionDays, limit],
    );
    return result[1] ?? 0;
  }

  private async sendBatch(manager: EntityManager): Promise<Omit<SentBatch, 'stopTimer'>> {
    const started = performance.now();
    const claimed: ClaimedEvent[] = await manager.query(
      `SELECT id, aggregate, aggregate_id AS "aggregateId", created_at AS "createdAt"
         FROM outbox
        WHERE processed_at IS NULL AND available_at <= now()
        ORDER BY available_at, id
        LIMIT $1
          FOR UPDATE SKIP LOCKED`,
      [this.options.batchSize],
    );
    if (claimed.length === 0) return { outcome: EMPTY, tasks: [], events: [] };

    const held = await this.tryLock(
      manager,
      claimed.map((e) => lockKey(e.aggregate, e.aggregateId)),
    );
    const taken = claimed.filter((e) => held.has(lockKey(e.aggregate, e.aggregateId)));
    const postingIds = new Set(taken.filter((e) => e.aggregate === 'posting').map((e) => e.aggregateId));

    // An organisation event stands for all its postings: each must be ours too, or the event waits.
    const organizationEvents = taken.filter((e) => e.aggregate === 'organization');
    const deferredOrganizations = new Set<string>();
    if (organizationEvents.length) {
      const byOrganization = await this.source.postingIdsOf([...new Set(organizationEvents.map((e) => e.aggregateId))], manager);
      const expanded = [...byOrganization.values()].flat();
      const heldPostings = await this.tryLock(
        manager,
        expanded.map((id) => lockKey('posting', id)),
      );
      for (const [organizationId, ids] of byOrganization) {
        if (ids.every((id) => heldPostings.has(lockKey('posting', id)))) ids.forEach((id) => postingIds.add(id));
        else deferredOrganizations.add(organizationId);
      }
    }
    const done = taken.filter((e) => e.aggregate === 'posting' || (e.aggregate === 'organization' && !deferredOrganizations.has(e.aggregateId)));
    const unknown = taken.filter((e) => e.aggregate !== 'posting' && e.aggregate !== 'organization');
    const deferred = claimed.length - done.length - unknown.length;
    if (unknown.length)
      this.logger.warn(`Ignoring ${unknown.length} outbox event(s) of an unknown aggregate: ${[...new Set(unknown.map((e) => e.aggregate))].join(', ')}`);

    let changes: DocumentChanges;
    let tasks: number[];
    try {
      changes = await this.source.changesFor([...postingIds], manager);
      const read = performance.now();
      tasks = await this.enqueue(changes);
      this.logger.debug(
        `relay send: ${claimed.length} events, claim and read ${(read - started).toFixed(1)} ms, enqueue ${(performance.now() - read).toFixed(1)} ms`,
      );
    } catch (error) {
      await this.recordFailure(manager, done, error);
      return { outcome: { ...EMPTY, claimed: claimed.length, deferred, failed: done.length }, tasks: [], events: [] };
    }

    // Unknown aggregates have nothing to wait for; the rest are leased until their tasks are confirmed.
    const waiting = tasks.length ? done : [];
    const finished = tasks.length ? unknown : [...done, ...unknown];
    if (finished.length) await manager.query('UPDATE outbox SET processed_at = clock_timestamp() WHERE id = ANY($1::bigint[])', [finished.map((e) => e.id)]);
    if (waiting.length) {
      await manager.query(`UPDATE outbox SET available_at = now() + $2::float8 * interval '1 millisecond' WHERE id = ANY($1::bigint[])`, [
        waiting.map((e) => e.id),
        this.options.leaseMs,
      ]);
    }
    if (finished.length) this.metrics.events.inc({ outcome: 'processed' }, finished.length);
    return {
      outcome: {
        claimed: claimed.length,
        processed: finished.length + waiting.length,
        deferred,
        failed: 0,
        upserted: changes.upserts.length,
        deleted: changes.deletes.length,
      },
      tasks,
      events: waiting,
    };
  }

  /** Takes what it can of the keys' advisory locks (never waits, so relays cannot deadlock); returns the keys held. */
  private async tryLock(manager: EntityManager, keys: string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const rows: Array<{ key: string; locked: boolean }> = await manager.query(
      'SELECT key, pg_try_advisory_xact_lock(hashtextextended(key, 0)) AS locked FROM (SELECT DISTINCT unnest($1::text[]) AS key ORDER BY 1) k',
      [keys],
    );
    return new Set(rows.filter((r) => r.locked).map((r) => r.key));
  }

  /** Sends every chunk; returns the uids of the tasks Meilisearch enqueued. */
  private async enqueue(changes: DocumentChanges): Promise<number[]> {
    const index = this.postings.index;
    const tasks: Array<Promise<EnqueuedTask>> = [];
    for (let i = 0; i < changes.upserts.length; i += this.options.chunkSize) {
      tasks.push(index.addDocuments(changes.upserts.slice(i, i + this.options.chunkSize), { primaryKey: 'id' }));
    }
    for (let i = 0; i < changes.deletes.length; i += this.options.chunkSize) {
      tasks.push(index.deleteDocuments(changes.deletes.slice(i, i + this.options.chunkSize)));
    }
    return (await Promise.all(tasks)).map((task) => task.taskUid);
  }

  private async recordFailure(manager: EntityManager, events: ClaimedEvent[], error: unknown): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    this.logger.warn(`Search relay batch of ${events.length} event(s) failed, retrying with back-off: ${message}`);
    this.metrics.events.inc({ outcome: 'failed' }, events.length);
    if (events.length === 0) return;
    await manager.query(
      `UPDATE outbox
          SET attempts = attempts + 1,
              last_error = left($2, 2000),
              available_at = now() + least($4::float8, $3::float8 * power(2, attempts)) * (0.8 + random() * 0.4) * interval '1 millisecond'
        WHERE id = ANY($1::bigint[])`,
      [events.map((e) => e.id), message, BACKOFF_BASE_MS, BACKOFF_MAX_MS],
    );
  }
}
