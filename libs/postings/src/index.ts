export { PostingEntity } from './entities/posting.entity.js';
export { PostingKind, PostingStatus, MAX_CONTRACT_MONTHS, PUBLIC_WELFARE_MAX_CONTRACT_MONTHS } from './posting-enums.js';
export { PostingOpeningsService } from './services/posting-openings.service.js';
