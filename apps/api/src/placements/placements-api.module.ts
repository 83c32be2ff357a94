import { Module } from '@nestjs/common';
import { OrganizationsModule } from '@app/organizations';
import { PlacementsModule } from '@app/placements';
import { PostingsModule } from '@app/postings';
import { RegionsModule } from '@app/regions';
import { WorkersModule } from '@app/workers';
import { ApplicationsResolver } from './applications.resolver.js';
import { PlacementFollowUpsResolver } from './placement-follow-ups.resolver.js';
import { PlacementGroupMembersResolver, PlacementGroupsResolver } from './placement-groups.resolver.js';
import { PlacementsResolver } from './placements.resolver.js';
import { ApplicationPostingResolver, PlacementGroupPostingResolver, PlacementPostingResolver } from './posting-field.resolver.js';

@Module({
  imports: [PlacementsModule, PostingsModule, WorkersModule, OrganizationsModule, RegionsModule],
  providers: [
    ApplicationsResolver,
    PlacementsResolver,
    PlacementFollowUpsResolver,
    PlacementGroupsResolver,
    PlacementGroupMembersResolver,
    ApplicationPostingResolver,
    PlacementPostingResolver,
    PlacementGroupPostingResolver,
  ],
})
export class PlacementsApiModule {}
