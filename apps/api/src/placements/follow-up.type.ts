import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsCalendarDate } from '@app/common';
import { FOLLOW_UP_NOTE_MAX, FollowUpChannel, type PlacementFollowUpEntity } from '@app/placements';

registerEnumType(FollowUpChannel, { name: 'FollowUpChannel', description: 'How the agency reached the worker: PHONE, VISIT (上门), MESSAGE, OTHER' });

@ObjectType({
  description: 'An organising agency’s follow-up of a placement (跟踪回访): its own record, never a monthly confirmation and never counted as a month worked',
})
export class PlacementFollowUp {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  placementId: string;

  @Field(() => ID, { description: 'The organising agency that recorded it' })
  agentOrganizationId: string;

  @Field({ description: 'YYYY-MM-DD, the day the worker was contacted' })
  contactedOn: string;

  @Field(() => FollowUpChannel)
  channel: FollowUpChannel;

  @Field({ description: 'What the worker said' })
  note: string;

  @Field(() => Boolean, { nullable: true, description: 'Whether the worker said they were still in the job (the agency’s word, not evidence)' })
  stillEmployed: boolean | null;

  @Field()
  createdAt: Date;
}

@InputType()
export class RecordFollowUpInput {
  @Field(() => ID)
  @IsUUID()
  placementId: string;

  @Field({ description: 'YYYY-MM-DD, between the placement’s start and today' })
  @IsCalendarDate()
  contactedOn: string;

  @Field(() => FollowUpChannel)
  @IsEnum(FollowUpChannel)
  channel: FollowUpChannel;

  @Field({ description: `What the worker said (1 to ${FOLLOW_UP_NOTE_MAX} characters)` })
  @IsString()
  @MaxLength(FOLLOW_UP_NOTE_MAX)
  note: string;

  @Field(() => Boolean, { nullable: true, description: 'Whether the worker said they were still in the job' })
  @IsOptional()
  @IsBoolean()
  stillEmployed?: boolean | null;
}

export function toFollowUp(entity: PlacementFollowUpEntity): PlacementFollowUp {
  return {
    id: entity.id,
    placementId: entity.placementId,
    agentOrganizationId: entity.agentOrganizationId,
    contactedOn: entity.contactedOn,
    channel: entity.channel,
    note: entity.note,
    stillEmployed: entity.stillEmployed,
    createdAt: entity.createdAt,
  };
}
