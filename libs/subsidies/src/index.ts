export {
  BENEFICIARIES,
  CONDITION_TYPES,
  DEFAULT_FUND_OF_KIND,
  FUNDS,
  SUBSIDY_FUNDS,
  fundOf,
  type SubsidyFundCode,
  EMPLOYER_KINDS,
  ONCE_PER,
  PLACEMENT_SCOPES,
  POSTING_KINDS,
  SELECTOR_CONDITION_TYPES,
  SUBSIDY_KINDS,
  WORKER_CATEGORIES,
  compareVersions,
  policyRef,
  provinceOfRegion,
  type BeneficiaryCode,
  type Condition,
  type ConditionType,
  type EmployerKindCode,
  type OncePer,
  type PlacementScopeCode,
  type PolicyRef,
  type PostingKindCode,
  type SubsidyKindCode,
  type SubsidyPolicy,
  type SubsidyRule,
  type WorkerCategoryCode,
} from './rules/policy.js';
export {
  BENEFICIARY_LABELS,
  EMPLOYER_KIND_LABELS,
  PLACEMENT_SCOPE_LABELS,
  POSTING_KIND_LABELS,
  SUBSIDY_KIND_LABELS,
  WORKER_CATEGORY_LABELS,
} from './rules/labels.js';
export type { ExistingClaim, MonthlyConfirmation, PlacementEvidence } from './rules/evidence.js';
export { socialInsuranceMonths, stableMonths } from './rules/employment-months.js';
export { validatePolicy, MAX_AMOUNT_YUAN, MAX_MONTHS, type PolicyProblem, type PolicyValidation } from './rules/validate-policy.js';
export { DEFAULT_POLICIES, GUIZHOU_POLICY, HAINAN_POLICY, HAINAN_POLICY_2021 } from './rules/default-policies.js';
export { ASSESSMENT_STATUSES, assess, type Assessment, type AssessmentStatus } from './rules/evaluate.js';
export { claimKeyOf, claimKeyString, type ClaimKey } from './rules/claim-key.js';
export { policyFor, type ChainedPolicy } from './rules/policy-for.js';
export { gapAssessments, gapReason, POLICY_GAP } from './rules/policy-gap.js';
export { appliesUntil, successionProblems, SuccessionReason } from './rules/succession.js';
export { SubsidyPolicyEntity } from './entities/subsidy-policy.entity.js';
export { SubsidyBeneficiary, SubsidyClaimEntity, SubsidyClaimStatus, SubsidyFund, SubsidyKind } from './entities/subsidy-claim.entity.js';
export {
  COVERAGE_HORIZON_DAYS,
  SubsidyPoliciesService,
  toStoredPolicy,
  type PolicyCoverage,
  type PolicyVersion,
  type StoredPolicy,
} from './services/subsidy-policies.service.js';
export { SubsidyClaimsService, type ClaimFilter, type Eligibility } from './services/subsidy-claims.service.js';
export { MAX_BATCH_ITEMS, SubsidyClaimBatchesService, type BatchOutcome } from './services/subsidy-claim-batches.service.js';
export { SubsidiesModule } from './subsidies.module.js';
export {
  UNCLAIMED_SCAN_LIMIT,
  UNCLAIMED_TIME_BUDGET_MS,
  UnclaimedSubsidiesService,
  type UnclaimedPage,
  type UnclaimedScanLimits,
  type UnclaimedSubsidy,
} from './services/unclaimed-subsidies.service.js';
export { CountyStandardsService, type CountyStandardInput } from './services/county-standards.service.js';
export { CountySubsidyStandardEntity } from './entities/county-subsidy-standard.entity.js';
export { ClaimsReviewFlagger } from './services/claims-review-flagger.js';
export * from './subsidy.exception.js';
export { AWARD_LEVEL_KINDS, AWARD_LEVEL_TITLES, OrganizationAwardLevel, OrganizationAwardStatus } from './awards/award-level.js';
export { AWARD_SCHEDULES, awardScheduleOf, type AwardScheduleEntry } from './awards/award-schedules.js';
export { AwardFieldReason, AWARD_FIELD_MESSAGES } from './awards/award-field.messages.js';
export { AwardError, AwardErrorReason, AWARD_ERRORS } from './awards/organization-award.exception.js';
export { OrganizationAwardsService, type AwardFilter, type AwardGrant } from './awards/organization-awards.service.js';
export { OrganizationAwardEntity } from './entities/organization-award.entity.js';
export { AWARD_STABLE_MONTHS, AwardEvidenceService, type AwardEvidence } from './awards/award-evidence.service.js';
