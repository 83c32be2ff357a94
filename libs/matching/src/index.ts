export { RecommendationRoundEntity } from './entities/recommendation-round.entity.js';
