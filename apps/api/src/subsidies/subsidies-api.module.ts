import { Module } from '@nestjs/common';
import { OrganizationsModule } from '@app/organizations';
import { PlacementsModule } from '@app/placements';
import { RegionsModule } from '@app/regions';
import { SubsidiesModule } from '@app/subsidies';
import { WorkersModule } from '@app/workers';
import { OrganizationAwardsResolver } from './awards.resolver.js';
import { CountyStandardsResolver } from './county-standards.resolver.js';
import { SubsidyClaimFieldsResolver } from './subsidy-claim-fields.resolver.js';
import { SubsidiesResolver } from './subsidies.resolver.js';
import { UnclaimedSubsidiesResolver } from './unclaimed-subsidies.resolver.js';

@Module({
  imports: [SubsidiesModule, RegionsModule, PlacementsModule, WorkersModule, OrganizationsModule],
  providers: [SubsidiesResolver, SubsidyClaimFieldsResolver, UnclaimedSubsidiesResolver, CountyStandardsResolver, OrganizationAwardsResolver],
})
export class SubsidiesApiModule {}
