import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Counter, Gauge, Histogram } from 'prom-client';
import { DataSource } from 'typeorm';
import { MetricsService } from '@app/metrics';

/**
 * What the rollup refresh reports on /metrics. Dirty counties are answered live (slower, still exact): a count that
 * keeps growing means no refresher is running or it cannot keep up.
 */
@Injectable()
export class StatisticsRollupMetrics {
  readonly counties: Counter;
  readonly failures: Counter;
  readonly batchSeconds: Histogram;

  constructor(metrics: MetricsService, @InjectDataSource() dataSource: DataSource) {
    const registers = [metrics.registry];
    this.counties = new Counter({ name: 'statistics_rollup_counties_refreshed_total', help: 'Counties rebuilt in the statistics rollup', registers });
    this.failures = new Counter({ name: 'statistics_rollup_refresh_failures_total', help: 'Rollup refresh batches that failed (retried)', registers });
    this.batchSeconds = new Histogram({
      name: 'statistics_rollup_batch_duration_seconds',
      help: 'One refresh batch: rebuild the dirty counties it took, in one transaction',
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers,
    });
    new Gauge({
      name: 'statistics_rollup_dirty_counties',
      help: 'Counties changed since their last rebuild, each side (hukou, workplace) apart, counted live until it (read at scrape time)',
      registers,
      async collect() {
        const [row] = await dataSource
          .query<Array<{ n: number }>>('SELECT count(*)::int AS n FROM (SELECT DISTINCT side, county_code FROM statistics_dirty) d')
          .catch(() => [{ n: NaN }]);
        this.set(row.n);
      },
    });
  }
}
