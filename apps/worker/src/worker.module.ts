import { type DynamicModule, Module } from '@nestjs/common';
import { AppConfig, AppConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { MetricsModule } from '@app/metrics';
import { SearchRelayModule } from '@app/search';
import { StatisticsRollupModule } from '@app/statistics';

/**
 * The background jobs on their own, for running apart from the API (which then sets OUTBOX_RELAY=false): the search
 * outbox relay and the statistics rollup refresh. It composes neither the workers nor the placements domain, so it
 * wires none of the cross-domain ports the API and the CLI provide (docs/architecture.md, "Ports between domains").
 */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        AppConfigModule.forRoot(config),
        DatabaseModule,
        MetricsModule,
        SearchRelayModule.forRoot({ alwaysOn: true }),
        StatisticsRollupModule.forRoot({ alwaysOn: true }),
      ],
    };
  }
}
