export {
  ApplicationStatus,
  FollowUpChannel,
  PlacementEndReason,
  PlacementGroupStatus,
  PlacementScope,
  PlacementStatus,
  placementStatusOn,
} from './placement-enums.js';
export { ApplicationEntity } from './entities/application.entity.js';
export { PlacementGroupEntity } from './entities/placement-group.entity.js';
export { PlacementGroupMemberEntity } from './entities/placement-group-member.entity.js';
export { PlacementEntity } from './entities/placement.entity.js';
export { EmploymentConfirmationEntity } from './entities/employment-confirmation.entity.js';
export { PlacementFollowUpEntity } from './entities/placement-follow-up.entity.js';
export { welfareProblem, welfarePriority } from './public-welfare.js';
export { placementScope } from './placement-scope.js';
export { confirmationMonthProblem, monthIsOver } from './employment-months.js';
export { ApplicationsService, type ApplicantCounts, type ApplicationFilter } from './services/applications.service.js';
export {
  ADULT_AGE,
  EMPLOYER_CANCEL_DAYS,
  FOLLOW_UP_NOTE_MAX,
  HIRE_START_DAYS_AHEAD,
  HIRE_START_DAYS_BACK,
  MAX_CONFIRMATION_ITEMS,
  MINIMUM_WORKING_AGE,
  PlacementsService,
  type Confirmation,
  type ConfirmationOutcome,
  type FollowUp,
  type HistoricalPlacement,
  type LateRecord,
  type NewPlacement,
  type PlacementFilter,
  type ConfirmationFacts,
  type PlacementScanScope,
} from './services/placements.service.js';
export {
  arrivalProblems,
  PlacementGroupsService,
  type NewPlacementGroup,
  type PlacementGroupChanges,
  type PlacementGroupFilter,
} from './services/placement-groups.service.js';
export { PlacementsModule } from './placements.module.js';
export * from './placement.exception.js';
export { EvidenceChangeListener } from './services/evidence-change-listener.js';
export { PlacementWorkerLinks } from './services/placement-worker-links.js';
