import { Module } from '@nestjs/common';
import { MatchingModule } from '@app/matching';
import { RegionsModule } from '@app/regions';
import { WorkersModule } from '@app/workers';
import { ApplicationMatchResolver } from './application-match.resolver.js';
import { MatchingResolver, UnservedJobSeekerResolver, WorkerRoundsResolver } from './matching.resolver.js';

@Module({
  imports: [MatchingModule, WorkersModule, RegionsModule],
  providers: [MatchingResolver, UnservedJobSeekerResolver, WorkerRoundsResolver, ApplicationMatchResolver],
})
export class MatchingApiModule {}
