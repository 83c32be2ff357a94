export { ApplicationStatus, PlacementEndReason, PlacementGroupStatus, PlacementScope, PlacementStatus } from './placement-enums.js';
export { ApplicationEntity } from './entities/application.entity.js';
export { PlacementGroupEntity } from './entities/placement-group.entity.js';
export { PlacementGroupMemberEntity } from './entities/placement-group-member.entity.js';
export { PlacementEntity } from './entities/placement.entity.js';
export { EmploymentConfirmationEntity } from './entities/employment-confirmation.entity.js';
