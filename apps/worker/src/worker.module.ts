import { type DynamicModule, Module } from '@nestjs/common';
import { AppConfig, AppConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { MetricsModule } from '@app/metrics';
import { SearchRelayModule } from '@app/search';

/** The outbox relay on its own, for running apart from the API (which then sets OUTBOX_RELAY=false). */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [AppConfigModule.forRoot(config), DatabaseModule, MetricsModule, SearchRelayModule.forRoot({ alwaysOn: true })],
    };
  }
}
