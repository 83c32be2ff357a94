export { RecommendationRoundEntity } from './entities/recommendation-round.entity.js';
export { MATCH_WEIGHTS, NEARBY_KM } from './scoring/match-weights.js';
export { distanceKm, matchScore, type MatchPosting, type MatchResult, type MatchWorker } from './scoring/match-score.js';
export { matchWorkers } from './services/match-worker.js';
export { PostingRecommendationsService, type PostingMatch } from './services/posting-recommendations.service.js';
export { POSTINGS_PER_ROUND, RecommendationRoundsService, REQUIRED_ROUNDS, type UnservedJobSeeker } from './services/recommendation-rounds.service.js';
export { toMatchPosting, WorkerRecommendationsService, type WorkerMatch } from './services/worker-recommendations.service.js';
export { MatchingModule } from './matching.module.js';
export { MATCHING_FIELD_MESSAGES, MatchingFieldReason } from './matching.exception.js';
