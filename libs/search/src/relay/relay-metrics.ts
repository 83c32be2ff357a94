import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Counter, Gauge, Histogram } from 'prom-client';
import { DataSource } from 'typeorm';
import { MetricsService } from '@app/metrics';

/** What the relay reports on /metrics: throughput, failures, how far behind the index is. */
@Injectable()
export class RelayMetrics {
  readonly events: Counter<'outcome'>;
  readonly batches: Counter<'outcome'>;
  readonly documents: Counter<'operation'>;
  readonly batchSeconds: Histogram;
  readonly lagSeconds: Histogram;

  constructor(metrics: MetricsService, @InjectDataSource() dataSource: DataSource) {
    const registers = [metrics.registry];
    this.events = new Counter({
      name: 'search_outbox_events_total',
      help: 'Outbox events handled by the search relay: processed, failed (retried later with back-off) or deferred (another relay holds the aggregate)',
      labelNames: ['outcome'] as const,
      registers,
    });
    this.batches = new Counter({ name: 'search_relay_batches_total', help: 'Relay batches by outcome', labelNames: ['outcome'] as const, registers });
    this.documents = new Counter({
      name: 'search_relay_documents_total',
      help: 'Documents sent to Meilisearch',
      labelNames: ['operation'] as const,
      registers,
    });
    this.batchSeconds = new Histogram({
      name: 'search_relay_batch_duration_seconds',
      help: 'Claim, load, index, wait for the Meilisearch task, mark done',
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.lagSeconds = new Histogram({
      name: 'search_outbox_lag_seconds',
      help: 'From the write to the index holding it (outbox row creation to processed)',
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
      registers,
    });
    new Gauge({
      name: 'search_outbox_pending',
      help: 'Outbox events not yet processed (read at scrape time)',
      registers,
      async collect() {
        const [row] = await dataSource
          .query<Array<{ n: number }>>('SELECT count(*)::int AS n FROM outbox WHERE processed_at IS NULL')
          .catch(() => [{ n: NaN }]);
        this.set(row.n);
      },
    });
  }
}
