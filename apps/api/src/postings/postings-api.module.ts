import { Module } from '@nestjs/common';
import { OrganizationsModule } from '@app/organizations';
import { PlacementsModule } from '@app/placements';
import { PostingsModule } from '@app/postings';
import { RegionsModule } from '@app/regions';
import { CheckPostingResolver } from './check-posting.resolver.js';
import { PostingApplicantCountsResolver } from './posting-applicant-counts.resolver.js';
import { PostingMyApplicationResolver } from './posting-my-application.resolver.js';
import { PostingsResolver } from './postings.resolver.js';

@Module({
  imports: [PostingsModule, OrganizationsModule, RegionsModule, PlacementsModule],
  providers: [PostingsResolver, CheckPostingResolver, PostingMyApplicationResolver, PostingApplicantCountsResolver],
})
export class PostingsApiModule {}
