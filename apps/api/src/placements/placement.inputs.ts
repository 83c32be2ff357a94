import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate, IsCalendarMonth, PageArgs } from '@app/common';
import { MAX_CONFIRMATION_ITEMS } from '@app/placements';
import { ApplicationStatus, PlacementEndReason, PlacementStatus } from './placement-enums.js';

@InputType()
export class ApplyToPostingInput {
  @Field(() => ID)
  @IsUUID()
  postingId: string;
}

@InputType()
export class NominateWorkersInput {
  @Field(() => ID)
  @IsUUID()
  postingId: string;

  @Field(() => [ID])
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  workerIds: string[];
}

@InputType()
export class RejectApplicationInput {
  @Field(() => ID)
  @IsUUID()
  applicationId: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason: string;
}

@InputType()
export class WithdrawApplicationInput {
  @Field(() => ID)
  @IsUUID()
  applicationId: string;
}

@InputType()
export class HireInput {
  @Field(() => ID)
  @IsUUID()
  applicationId: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsCalendarDate()
  startDate: string;

  @Field(() => Int, { description: '1 to 60; at most 12 for a public-welfare post' })
  @IsInt()
  @Min(1)
  @Max(60)
  contractMonths: number;
}

@InputType({ description: 'A bureau of the worker’s jurisdiction records a past placement (补录), e.g. from a paper ledger' })
export class RecordHistoricalPlacementInput {
  @Field(() => ID)
  @IsUUID()
  workerId: string;

  @Field(() => ID)
  @IsUUID()
  postingId: string;

  @Field(() => ID, { nullable: true, description: 'The labour or HR agency that organised it, if any' })
  @IsOptional()
  @IsUUID()
  agencyId?: string | null;

  @Field({ description: 'YYYY-MM-DD, not in the future' })
  @IsCalendarDate()
  startDate: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; omitted while the worker is still there' })
  @IsOptional()
  @IsCalendarDate()
  endDate?: string | null;

  @Field(() => PlacementEndReason, { nullable: true, description: 'With endDate; OTHER when omitted' })
  @IsOptional()
  @IsEnum(PlacementEndReason)
  endReason?: PlacementEndReason | null;

  @Field(() => Int, { description: '1 to 60; at most 12 for a public-welfare post' })
  @IsInt()
  @Min(1)
  @Max(60)
  contractMonths: number;

  @Field({ description: 'What the record rests on, e.g. 2025 年纸质务工台账' })
  @IsString()
  @MaxLength(500)
  reason: string;
}

@InputType()
export class CancelPlacementInput {
  @Field(() => ID)
  @IsUUID()
  placementId: string;

  @Field(() => String, { nullable: true, description: 'Required from a bureau' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string | null;
}

@InputType()
export class EndPlacementInput {
  @Field(() => ID)
  @IsUUID()
  placementId: string;

  @Field()
  @IsCalendarDate()
  endDate: string;

  @Field(() => PlacementEndReason)
  @IsEnum(PlacementEndReason)
  reason: PlacementEndReason;
}

@InputType()
export class ConfirmEmploymentInput {
  @Field(() => ID)
  @IsUUID()
  placementId: string;

  @Field({ description: 'YYYY-MM' })
  @IsCalendarMonth()
  month: string;

  @Field()
  @IsBoolean()
  employed: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  monthlyWage?: number | null;

  @Field()
  @IsBoolean()
  socialInsurancePaid: boolean;
}

@InputType({ description: 'One placement’s month in confirmEmployments' })
export class ConfirmEmploymentItemInput {
  @Field(() => ID)
  @IsUUID()
  placementId: string;

  @Field({ description: 'In work that month (在岗)' })
  @IsBoolean()
  employed: boolean;

  @Field(() => Int, { nullable: true, description: 'Yuan; none when not employed' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  monthlyWage?: number | null;

  @Field()
  @IsBoolean()
  socialInsurancePaid: boolean;
}

@InputType({ description: 'A whole month at once (月度确认): 1 to 500 items, each confirmed or refused on its own, by the rules of confirmEmployment' })
export class ConfirmEmploymentsInput {
  @Field({ description: 'YYYY-MM, the month every item confirms' })
  @IsCalendarMonth()
  month: string;

  @Field(() => [ConfirmEmploymentItemInput])
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(MAX_CONFIRMATION_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => ConfirmEmploymentItemInput)
  items: ConfirmEmploymentItemInput[];
}

@InputType()
export class CreatePlacementGroupInput {
  @Field(() => ID)
  @IsUUID()
  postingId: string;

  @Field()
  @IsCalendarDate()
  departureDate: string;

  @Field({ description: 'e.g. 惠水县易地扶贫搬迁安置点' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  departurePoint: string;

  @Field({ description: 'e.g. 包车, 高铁, 飞机' })
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  transport: string;
}

@InputType()
export class AddToPlacementGroupInput {
  @Field(() => ID)
  @IsUUID()
  groupId: string;

  @Field(() => [ID])
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  workerIds: string[];
}

@InputType()
export class ConfirmArrivalInput {
  @Field(() => ID)
  @IsUUID()
  groupId: string;

  @Field(() => [ID])
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  workerIds: string[];

  @Field()
  @IsCalendarDate()
  arrivedOn: string;
}

@InputType()
export class ApplicationFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  postingId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  workerId?: string;

  @Field(() => ApplicationStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ApplicationStatus)
  status?: ApplicationStatus;
}

@ArgsType()
export class ApplicationsArgs extends PageArgs {
  @Field(() => ApplicationFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ApplicationFilterInput)
  filter?: ApplicationFilterInput;
}

@InputType()
export class PlacementFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  workerId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  postingId?: string;

  @Field(() => PlacementStatus, { nullable: true })
  @IsOptional()
  @IsEnum(PlacementStatus)
  status?: PlacementStatus;

  @Field(() => String, {
    nullable: true,
    description:
      'YYYY-MM, a month that has ended: only placements (not cancelled) that month lies in and that have no confirmation for it yet (月度确认 still to do)',
  })
  @IsOptional()
  @IsCalendarMonth()
  missingConfirmationFor?: string;
}

@ArgsType()
export class PlacementsArgs extends PageArgs {
  @Field(() => PlacementFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PlacementFilterInput)
  filter?: PlacementFilterInput;
}
