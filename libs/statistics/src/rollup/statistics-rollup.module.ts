import { type DynamicModule, Inject, Injectable, Logger, Module, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { MetricsModule } from '@app/metrics';
import { StatisticsModule } from '../statistics.module.js';
import { StatisticsRollupMetrics } from './statistics-rollup-metrics.js';
import { StatisticsRollupRefresher } from './statistics-rollup-refresher.js';

const ROLLUP_ENABLED = Symbol('ROLLUP_ENABLED');

/** How often to look for dirty counties when the last batch found nothing more to do. */
const POLL_MS = 2_000;
const HORIZON_CHECK_MS = 60 * 60_000;
/** After an error (PostgreSQL down): try again, but not in a tight loop. */
const ERROR_PAUSE_MS = 5_000;

/**
 * Runs the refresher in the background: a batch, the next one straight away while more counties are dirty, else a
 * short sleep. stop() lets the batch in flight finish (one transaction; an interrupted one would only be redone).
 */
@Injectable()
class StatisticsRollupLoop implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('StatisticsRollup');
  private running: Promise<void> | null = null;
  private stopping = false;
  private wake: (() => void) | null = null;

  constructor(
    private readonly refresher: StatisticsRollupRefresher,
    private readonly metrics: StatisticsRollupMetrics,
    @Inject(ROLLUP_ENABLED) private readonly enabled: boolean,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.enabled) return;
    this.stopping = false;
    this.running = this.run();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.running;
    this.running = null;
  }

  private async run(): Promise<void> {
    let nextHorizonCheck = 0;
    let failures = 0;
    while (!this.stopping) {
      let pause = POLL_MS;
      try {
        if (Date.now() >= nextHorizonCheck) {
          if (await this.refresher.extendHorizon()) this.logger.log('Statistics rollup horizon moved: rebuilding');
          nextHorizonCheck = Date.now() + HORIZON_CHECK_MS;
        }
        const stopTimer = this.metrics.batchSeconds.startTimer();
        const outcome = await this.refresher.refreshBatch();
        if (outcome.counties > 0) {
          stopTimer();
          this.metrics.counties.inc(outcome.counties);
        }
        failures = 0;
        if (outcome.counties > 0 && outcome.remaining > 0) continue;
      } catch (error) {
        failures++;
        this.metrics.failures.inc();
        pause = ERROR_PAUSE_MS;
        if (failures <= 3 || failures % 60 === 0) {
          this.logger.warn(`Statistics rollup refresh failed (${error instanceof Error ? error.message : String(error)}); retrying in ${pause} ms`);
        }
      }
      await this.sleep(pause);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }
}

/**
 * The rollup's background refresh, wherever background jobs run: in the API unless OUTBOX_RELAY is off (the same
 * switch as the search relay), and always in apps/worker.
 */
@Module({})
export class StatisticsRollupModule {
  static forRoot(options: { alwaysOn?: boolean } = {}): DynamicModule {
    return {
      module: StatisticsRollupModule,
      imports: [StatisticsModule, MetricsModule],
      providers: [
        StatisticsRollupLoop,
        StatisticsRollupMetrics,
        { provide: ROLLUP_ENABLED, inject: [AppConfig], useFactory: (config: AppConfig) => options.alwaysOn === true || config.OUTBOX_RELAY },
      ],
    };
  }
}
