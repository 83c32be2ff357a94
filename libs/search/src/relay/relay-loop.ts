import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { OutboxListener } from './outbox-listener.js';
import { OutboxRelay } from './outbox-relay.js';

export interface RelayLoopOptions {
  /** Fallback poll when no NOTIFY arrives (and the pace of retries after back-off). */
  pollIntervalMs: number;
  /**
   * Batches in flight at once. While one waits for its Meilisearch task the next claims what arrived meanwhile;
   * Meilisearch folds consecutive additions into one indexing run. The per-aggregate locks keep this safe.
   */
  concurrency: number;
  /** Pause after an unexpected error (PostgreSQL down, Meilisearch unreachable at start). */
  errorPauseMs: number;
}

const PRUNE_EVERY_MS = 60 * 60_000;

/**
 * Runs the relay until stopped: a batch, then the next one straight away while there is more, else sleep until a
 * NOTIFY, the poll interval or stop(). stop() lets the batch in flight finish (it is one transaction, and an
 * interrupted one would only be replayed) and then returns, so the app can close its connections.
 */
@Injectable()
export class RelayLoop {
  private readonly logger = new Logger(RelayLoop.name);
  private options: RelayLoopOptions = { pollIntervalMs: 1_000, concurrency: 4, errorPauseMs: 1_000 };
  private running: Promise<void> | null = null;
  private stopping = false;
  private woken = false;
  private readonly sleepers = new Set<() => void>();
  private listener: OutboxListener | null = null;

  constructor(
    private readonly relay: OutboxRelay,
    private readonly config: AppConfig,
  ) {}

  get isRunning(): boolean {
    return this.running !== null;
  }

  start(options: Partial<RelayLoopOptions> = {}): void {
    if (this.running) return;
    this.options = { ...this.options, ...options };
    this.stopping = false;
    this.listener = new OutboxListener(this.config.DATABASE_URL!, () => this.notify());
    void this.listener.start();
    this.running = Promise.all(Array.from({ length: Math.max(1, this.options.concurrency) }, (_, i) => this.run(i === 0))).then(() => undefined);
    this.logger.log('Search relay started');
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.stopping = true;
    this.notify();
    await this.listener?.stop();
    await this.running;
    this.running = null;
    this.logger.log('Search relay stopped');
  }

  /** Makes the loop look for work now (a NOTIFY, or a caller that just wrote). */
  notify(): void {
    this.woken = true;
    for (const wake of [...this.sleepers]) wake();
  }

  private async run(prunes: boolean): Promise<void> {
    let failures = 0;
    let nextPrune = Date.now() + 60_000;
    while (!this.stopping) {
      if (prunes && Date.now() >= nextPrune) {
        nextPrune = Date.now() + PRUNE_EVERY_MS;
        await this.relay.prune().catch((error: unknown) => this.logger.warn(`Outbox pruning failed: ${error instanceof Error ? error.message : String(error)}`));
      }
      let pause = this.options.pollIntervalMs;
      try {
        const outcome = await this.relay.processBatch();
        failures = 0;
        if (outcome.claimed === this.relay.batchSize && outcome.processed > 0) continue;
        // Rows held by another relay: look again soon rather than at the next poll.
        if (outcome.deferred > 0) pause = Math.min(pause, 100);
      } catch (error) {
        failures++;
        // Capped at 5 s, like the per-event back-off: once Meilisearch is back the index must catch up within seconds,
        // even when no new write arrives to wake the loop.
        pause = Math.min(5_000, this.options.errorPauseMs * 2 ** Math.min(failures - 1, 5));
        // Repeating the same message every second while a service is down helps nobody: log the first few.
        if (failures <= 3 || failures % 30 === 0) {
          this.logger.warn(`Search relay could not run a batch (${error instanceof Error ? error.message : String(error)}); retrying in ${pause} ms`);
        }
      }
      await this.sleep(pause);
    }
  }

  private sleep(ms: number): Promise<void> {
    if (this.woken || this.stopping) {
      this.woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.sleepers.delete(wake);
        this.woken = false;
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.sleepers.add(wake);
    });
  }
}
