export { PostingEntity } from './entities/posting.entity.js';
export { PostingKind, PostingStatus, MAX_CONTRACT_MONTHS, PUBLIC_WELFARE_MAX_CONTRACT_MONTHS } from './posting-enums.js';
export { PostingOpeningsService } from './services/posting-openings.service.js';
export { PostingsService, type NewPosting, type PostingChanges, type PostingFields, type PostingFilter } from './services/postings.service.js';
export { PostingsModule } from './postings.module.js';
export { canManagePosting, canSeePosting, isPostingPublic, type PostingAccessFacts } from './posting-access.js';
export {
  CHINA_BOUNDS,
  characterCount,
  kindProblem,
  normalizeDraft,
  postingProblems,
  TITLE_MAX_CHARACTERS,
  TITLE_MIN_CHARACTERS,
  type PostingDraft,
  type RuleContext,
} from './posting-rules.js';
export * from './posting.exception.js';
