import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PostingsModule } from '@app/postings';
import { SearchModule } from '@app/search';
import { WorkersModule } from '@app/workers';
import { RecommendationRoundEntity } from './entities/recommendation-round.entity.js';
import { ApplicantMatchesService } from './services/applicant-matches.service.js';
import { PostingRecommendationsService } from './services/posting-recommendations.service.js';
import { RecommendationRoundsService } from './services/recommendation-rounds.service.js';
import { WorkerRecommendationsService } from './services/worker-recommendations.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([RecommendationRoundEntity]), WorkersModule, PostingsModule, SearchModule],
  providers: [RecommendationRoundsService, WorkerRecommendationsService, PostingRecommendationsService, ApplicantMatchesService],
  exports: [RecommendationRoundsService, WorkerRecommendationsService, PostingRecommendationsService, ApplicantMatchesService],
})
export class MatchingModule {}
