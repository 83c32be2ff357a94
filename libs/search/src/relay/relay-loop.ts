import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { OutboxListener } from './outbox-listener.js';
import { OutboxRelay, type SentBatch } from './outbox-relay.js';

export interface RelayLoopOptions {
  /** Fallback poll when no NOTIFY arrives (and the pace of retries after back-off). */
  pollIntervalMs: number;
  /**
   * Batches sent and not yet confirmed, at most. Sending holds a connection for a few milliseconds only; waiting for
   * Meilisearch holds none, so while Meilisearch indexes one batch the loop keeps sending what arrives, and
   * Meilisearch folds all of it into its next batch. The per-aggregate locks and the leases keep this safe.
   */
  concurrency: number;
  /**
   * After a NOTIFY, wait this long before claiming, so writes arriving together go out as one request rather than one
   * each. Costs nothing in freshness: everything sent before Meilisearch finishes its current batch lands in the next.
   */
  lingerMs: number;
  /** Pause after an unexpected error (PostgreSQL down, Meilisearch unreachable at start). */
  errorPauseMs: number;
}

const PRUNE_EVERY_MS = 60 * 60_000;
const ERROR_PAUSE_MAX_MS = 2_000;

/**
 * Runs the relay until stopped: send a batch, then the next one straight away while there is more, else sleep until a
 * NOTIFY (plus a short linger), the poll interval or stop(). Sent batches are confirmed in the background (wait for
 * Meilisearch, mark processed). stop() sends nothing more, lets the batches in flight be confirmed (an interrupted one
 * would only be replayed once its lease ends) and then returns, so the app can close its connections.
 */
@Injectable()
export class RelayLoop {
  private readonly logger = new Logger(RelayLoop.name);
  private options: RelayLoopOptions = { pollIntervalMs: 1_000, concurrency: 64, lingerMs: 20, errorPauseMs: 1_000 };
  private readonly inFlight = new Set<Promise<unknown>>();
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
    this.running = this.run();
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

  /**
   * Sends batches one after another while rows are due, never more than `concurrency` unconfirmed; each sent batch is
   * confirmed in the background. On stop, the batches in flight are confirmed before it returns.
   */
  private async run(): Promise<void> {
    let failures = 0;
    let nextPrune = Date.now() + 60_000;
    while (!this.stopping) {
      if (Date.now() >= nextPrune) {
        nextPrune = Date.now() + PRUNE_EVERY_MS;
        await this.relay
          .prune()
          .catch((error: unknown) => this.logger.warn(`Outbox pruning failed: ${error instanceof Error ? error.message : String(error)}`));
      }
      if (this.inFlight.size >= Math.max(1, this.options.concurrency)) {
        await Promise.race(this.inFlight);
        continue;
      }
      let pause = this.options.pollIntervalMs;
      try {
        const sent = await this.relay.send();
        failures = 0;
        if (sent.tasks.length) this.track(sent);
        if (sent.outcome.claimed === this.relay.batchSize && sent.outcome.processed > 0) continue;
        // Rows held by another relay: look again soon rather than at the next poll.
        if (sent.outcome.deferred > 0) pause = Math.min(pause, 100);
      } catch (error) {
        failures++;
        // Capped at 2 s: once Meilisearch is back the index must catch up within seconds, even when no new write arrives
        // to wake the loop, and a retry against a server that is down costs nothing.
        pause = Math.min(ERROR_PAUSE_MAX_MS, this.options.errorPauseMs * 2 ** Math.min(failures - 1, 5));
        // Repeating the same message every second while a service is down helps nobody: log the first few.
        if (failures <= 3 || failures % 30 === 0) {
          this.logger.warn(`Search relay could not run a batch (${error instanceof Error ? error.message : String(error)}); retrying in ${pause} ms`);
        }
      }
      if ((await this.sleep(pause)) && this.options.lingerMs > 0 && !this.stopping) await new Promise((r) => setTimeout(r, this.options.lingerMs));
    }
    await Promise.all(this.inFlight);
  }

  private track(sent: SentBatch): void {
    const confirming: Promise<unknown> = this.relay.confirm(sent).finally(() => {
      this.inFlight.delete(confirming);
    });
    this.inFlight.add(confirming);
  }

  /** Resolves true when woken (a NOTIFY or notify()), false when the time ran out. */
  private sleep(ms: number): Promise<boolean> {
    if (this.woken || this.stopping) {
      this.woken = false;
      return Promise.resolve(true);
    }
    return new Promise((resolve) => {
      const done = (woken: boolean) => {
        clearTimeout(timer);
        this.sleepers.delete(wake);
        this.woken = false;
        resolve(woken);
      };
      const wake = () => done(true);
      const timer = setTimeout(() => done(false), ms);
      this.sleepers.add(wake);
    });
  }
}
