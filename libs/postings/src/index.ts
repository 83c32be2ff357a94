export { PostingEntity } from './entities/posting.entity.js';
export { PostingKind, PostingStatus, MAX_CONTRACT_MONTHS, PUBLIC_WELFARE_MAX_CONTRACT_MONTHS } from './posting-enums.js';
export { PostingOpeningsService } from './services/posting-openings.service.js';
export { PostingsService, type NewPosting, type PostingChanges, type PostingFields, type PostingFilter } from './services/postings.service.js';
export { PostingsModule } from './postings.module.js';
export { canManagePosting, canSeePosting, type PostingAccessFacts } from './posting-access.js';
export {
  isCurrentPostingViewJson,
  POSTING_VIEW_SHAPE,
  postingViewFromJson,
  postingViewToJson,
  toPostingView,
  type PostingRecord,
  type PostingView,
  type PostingViewJson,
} from './posting-view.js';
export { recruitsFromProvince, recruitsFromProvinceMeiliFilter, recruitsFromProvinceSql } from './posting-partners.js';
export {
  isPostingPublic,
  publicPostingMeiliFilter,
  publicPostingSql,
  publicPostingWhere,
  type OrganizationFacts,
  type PostingVisibilityFacts,
  type SqlCondition,
} from './posting-visibility.js';
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
