import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PostingsModule } from '@app/postings';
import { WorkersModule } from '@app/workers';
import { RecommendationRoundEntity } from './entities/recommendation-round.entity.js';
import { RecommendationRoundsService } from './services/recommendation-rounds.service.js';
import { WorkerRecommendationsService } from './services/worker-recommendations.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([RecommendationRoundEntity]), WorkersModule, PostingsModule],
  providers: [RecommendationRoundsService, WorkerRecommendationsService],
  exports: [RecommendationRoundsService, WorkerRecommendationsService],
})
export class MatchingModule {}
