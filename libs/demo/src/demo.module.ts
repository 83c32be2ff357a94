import { Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { OrganizationsModule } from '@app/organizations';
import { PlacementsModule } from '@app/placements';
import { PostingsModule } from '@app/postings';
import { StatisticsModule } from '@app/statistics';
import { SubsidiesModule } from '@app/subsidies';
import { WorkersModule } from '@app/workers';
import { DemoSeederService } from './services/demo-seeder.service.js';
import { DemoStateService } from './services/demo-state.service.js';
import { DemoAccountsStep } from './services/steps/demo-accounts.step.js';
import { DemoClaimsStep } from './services/steps/demo-claims.step.js';
import { DemoConfirmationsStep } from './services/steps/demo-confirmations.step.js';
import { DemoFollowUpsStep } from './services/steps/demo-follow-ups.step.js';
import { DemoPlacementsStep } from './services/steps/demo-placements.step.js';
import { DemoPostingsStep } from './services/steps/demo-postings.step.js';
import { DemoTargetsStep } from './services/steps/demo-targets.step.js';
import { DemoWorkersStep } from './services/steps/demo-workers.step.js';
import { DemoWorkerStep } from './services/steps/demo-worker.step.js';
import { DemoHistoryStep } from './services/steps/demo-history.step.js';

/** The demo world loader. Needs AppConfig and a DataSource from the importing process. */
@Module({
  imports: [AccountsModule, OrganizationsModule, WorkersModule, PostingsModule, PlacementsModule, SubsidiesModule, StatisticsModule],
  providers: [
    DemoSeederService,
    DemoStateService,
    DemoAccountsStep,
    DemoPostingsStep,
    DemoWorkersStep,
    DemoPlacementsStep,
    DemoConfirmationsStep,
    DemoFollowUpsStep,
    DemoClaimsStep,
    DemoTargetsStep,
    DemoWorkerStep,
    DemoHistoryStep,
  ],
  exports: [DemoSeederService, DemoStateService],
})
export class DemoModule {}
