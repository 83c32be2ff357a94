import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { IsCalendarDate, PageArgs } from '@app/common';
import { PlacementGroupStatus } from './placement-enums.js';
import { AddToPlacementGroupInput } from './placement.inputs.js';

@InputType({ description: 'Changes to a group that has not left; an approved group goes back to FORMING and needs the employer’s approval again' })
export class UpdatePlacementGroupInput {
  @Field(() => ID)
  @IsUUID()
  groupId: string;

  @Field(() => String, { nullable: true, description: 'Not before today (China calendar)' })
  @IsOptional()
  @IsCalendarDate()
  departureDate?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  departurePoint?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  transport?: string;
}

/** The same shape as adding: a group and the workers it concerns. */
@InputType()
export class RemoveFromPlacementGroupInput extends AddToPlacementGroupInput {}

@InputType()
export class PlacementGroupFilterInput {
  @Field(() => PlacementGroupStatus, { nullable: true })
  @IsOptional()
  @IsEnum(PlacementGroupStatus)
  status?: PlacementGroupStatus;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  postingId?: string;
}

@ArgsType()
export class PlacementGroupsArgs extends PageArgs {
  @Field(() => PlacementGroupFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PlacementGroupFilterInput)
  filter?: PlacementGroupFilterInput;
}
