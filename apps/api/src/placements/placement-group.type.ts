import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@app/common';
import type { PlacementGroupEntity } from '@app/placements';
import { PlacementGroupStatus } from './placement-enums.js';

@ObjectType({ description: 'A worker on a group roster, with their arrival state' })
export class PlacementGroupMember {
  @Field(() => ID)
  workerId: string;

  @Field({ description: 'On the way: on the roster of a DEPARTED group and not arrived yet (never while the group is FORMING or APPROVED)' })
  travelling: boolean;

  @Field(() => String, { nullable: true })
  arrivedOn: string | null;

  @Field(() => ID, { nullable: true })
  placementId: string | null;
}

@ObjectType({ description: 'An organised group departure (点对点): one agency, one posting' })
export class PlacementGroup {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  postingId: string;

  @Field(() => ID)
  agentOrganizationId: string;

  @Field()
  departureDate: string;

  @Field()
  departurePoint: string;

  @Field()
  transport: string;

  @Field(() => PlacementGroupStatus)
  status: PlacementGroupStatus;

  @Field(() => Date, { nullable: true })
  departedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the posting’s employer approved the current roster and date; null again after any change' })
  approvedAt: Date | null;

  @Field(() => Date, { nullable: true })
  cancelledAt: Date | null;
}

@ObjectType()
export class PlacementGroupConnection extends Connection(PlacementGroup, 'PlacementGroup') {}

export function toPlacementGroup(entity: PlacementGroupEntity): PlacementGroup {
  return {
    id: entity.id,
    postingId: entity.postingId,
    agentOrganizationId: entity.agentOrganizationId,
    departureDate: entity.departureDate,
    departurePoint: entity.departurePoint,
    transport: entity.transport,
    status: entity.status,
    departedAt: entity.departedAt,
    approvedAt: entity.approvedAt,
    cancelledAt: entity.cancelledAt,
  };
}
