import { Module } from '@nestjs/common';
import { OrganizationsModule } from '@app/organizations';
import { PlacementsModule } from '@app/placements';
import { RegionsModule } from '@app/regions';
import { WorkersModule } from '@app/workers';
import { ApplicationsResolver } from './applications.resolver.js';
import { PlacementGroupMembersResolver, PlacementGroupsResolver } from './placement-groups.resolver.js';
import { PlacementsResolver } from './placements.resolver.js';

@Module({
  imports: [PlacementsModule, WorkersModule, OrganizationsModule, RegionsModule],
  providers: [ApplicationsResolver, PlacementsResolver, PlacementGroupsResolver, PlacementGroupMembersResolver],
})
export class PlacementsApiModule {}
