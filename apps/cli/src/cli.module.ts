import { type DynamicModule, Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { AppConfig, AppConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { DemoModule } from '@app/demo';
import { EvidenceChangeListener, PlacementWorkerLinks } from '@app/placements';
import { StatisticsModule } from '@app/statistics';
import { ClaimsReviewFlagger } from '@app/subsidies';
import { WorkerLinksSource, WorkersModule } from '@app/workers';

/** The services operator commands need, without the HTTP server, and the cross-domain ports they rest on (required). */
@Module({})
export class CliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [AppConfigModule.forRoot(config), DatabaseModule, AccountsModule, WorkersModule, DemoModule, StatisticsModule],
      providers: [
        { provide: WorkerLinksSource, useClass: PlacementWorkerLinks },
        { provide: EvidenceChangeListener, useClass: ClaimsReviewFlagger },
      ],
    };
  }
}
