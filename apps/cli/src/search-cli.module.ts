import { type DynamicModule, Module } from '@nestjs/common';
import { AppConfig, AppConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { MetricsModule } from '@app/metrics';
import { SearchModule } from '@app/search';

/** What the search commands need: PostgreSQL, Meilisearch, the index and the relay (not started: commands drive it). */
@Module({})
export class SearchCliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: SearchCliModule, imports: [AppConfigModule.forRoot(config), DatabaseModule, MetricsModule, SearchModule] };
  }
}
