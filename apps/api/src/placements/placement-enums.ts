import { registerEnumType } from '@nestjs/graphql';
import { ApplicationStatus, PlacementEndReason, PlacementGroupStatus, PlacementScope, PlacementStatus } from '@app/placements';

registerEnumType(ApplicationStatus, { name: 'ApplicationStatus' });
registerEnumType(PlacementScope, { name: 'PlacementScope', description: '县内 SAME_COUNTY, 省内县外 OTHER_COUNTY_SAME_PROVINCE, 省外 OTHER_PROVINCE' });
registerEnumType(PlacementStatus, { name: 'PlacementStatus' });
registerEnumType(PlacementEndReason, { name: 'PlacementEndReason', description: 'RETURNED_HOME marks the worker a returnee (返乡回流)' });
registerEnumType(PlacementGroupStatus, { name: 'PlacementGroupStatus' });

export { ApplicationStatus, PlacementEndReason, PlacementGroupStatus, PlacementScope, PlacementStatus };
