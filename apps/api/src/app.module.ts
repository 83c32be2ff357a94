import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, APP_PIPE } from '@nestjs/core';
import { AccountsModule } from '@app/accounts';
import { AuthGuard, createValidationPipe } from '@app/common';
import { AppConfig, AppConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { OutboxModule } from '@app/outbox';
import { EvidenceChangeListener, PlacementWorkerLinks } from '@app/placements';
import { SearchClientModule } from '@app/search';
import { ClaimsReviewFlagger } from '@app/subsidies';
import { WorkerLinksSource } from '@app/workers';
import { AccountsApiModule } from './accounts/accounts-api.module.js';
import { DemoApiModule } from './demo/demo-api.module.js';
import { AppGraphQLModule } from './graphql/graphql.module.js';
import { MatchingApiModule } from './matching/matching-api.module.js';
import { HealthModule } from './health/health.module.js';
import { ImportsApiModule } from './imports/imports-api.module.js';
import { LoggingModule } from './logging/logging.module.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { OrganizationsApiModule } from './organizations/organizations-api.module.js';
import { PlacementsApiModule } from './placements/placements-api.module.js';
import { PostingsApiModule } from './postings/postings-api.module.js';
import { RegionsApiModule } from './regions/regions-api.module.js';
import { ReportsApiModule } from './reports/reports-api.module.js';
import { SearchApiModule } from './search/search-api.module.js';
import { StatisticsApiModule } from './statistics/statistics-api.module.js';
import { SubsidiesApiModule } from './subsidies/subsidies-api.module.js';
import { WorkersApiModule } from './workers/workers-api.module.js';

/**
 * The composition root of the API: infrastructure, then one module per domain's GraphQL surface, and the implementations
 * of the cross-domain ports (see docs/architecture.md, "Ports").
 */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggingModule,
        MetricsModule,
        DatabaseModule,
        OutboxModule,
        SearchClientModule,
        AppGraphQLModule,
        HealthModule,
        AccountsModule,
        RegionsApiModule,
        AccountsApiModule,
        OrganizationsApiModule,
        WorkersApiModule,
        PostingsApiModule,
        SearchApiModule,
        PlacementsApiModule,
        SubsidiesApiModule,
        MatchingApiModule,
        ImportsApiModule,
        StatisticsApiModule,
        ReportsApiModule,
        DemoApiModule,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        // Cross-domain ports, wired once for the whole application. Required: the app refuses to start without them.
        { provide: WorkerLinksSource, useClass: PlacementWorkerLinks },
        { provide: EvidenceChangeListener, useClass: ClaimsReviewFlagger },
      ],
    };
  }
}
