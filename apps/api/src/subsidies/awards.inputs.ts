import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { IsCalendarDate, IsRegionCode, PageArgs } from '@app/common';
import { MAX_AMOUNT_YUAN, OrganizationAwardLevel, OrganizationAwardStatus } from '@app/subsidies';

@InputType()
export class GrantOrganizationAwardInput {
  @Field(() => ID)
  @IsUUID()
  organizationId: string;

  @Field(() => OrganizationAwardLevel)
  @IsEnum(OrganizationAwardLevel)
  level: OrganizationAwardLevel;

  @Field(() => Int, { description: 'Yuan; within the cited policy’s cap for the level' })
  @IsInt()
  @Min(1)
  @Max(MAX_AMOUNT_YUAN)
  amount: number;

  @Field({ description: 'What the award rests on: hires of 三类人员, people employed 6+ months, retention, the certification' })
  @IsString()
  @MaxLength(2000)
  basis: string;

  @Field(() => ID, {
    nullable: true,
    description: 'A policy version of the organisation’s province that sets the level (its cap then applies); without it the bureau decides on its basis',
  })
  @IsOptional()
  @IsUUID()
  policyId?: string | null;
}

@InputType()
export class ReviewOrganizationAwardInput {
  @Field(() => ID)
  @IsUUID()
  awardId: string;

  @Field()
  @IsBoolean()
  approve: boolean;

  @Field(() => String, { nullable: true, description: 'Required when rejecting' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}

@InputType()
export class MarkOrganizationAwardPaidInput {
  @Field(() => ID)
  @IsUUID()
  awardId: string;

  @Field()
  @IsCalendarDate()
  paidOn: string;

  @Field({ description: 'Voucher or transfer number' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  reference: string;
}

@InputType()
export class OrganizationAwardFilterInput {
  @Field(() => String, { nullable: true, description: 'The organisation’s region and everything under it (bureaus and ADMIN)' })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;

  @Field(() => OrganizationAwardStatus, { nullable: true })
  @IsOptional()
  @IsEnum(OrganizationAwardStatus)
  status?: OrganizationAwardStatus;
}

@ArgsType()
export class OrganizationAwardsArgs extends PageArgs {
  @Field(() => OrganizationAwardFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrganizationAwardFilterInput)
  filter?: OrganizationAwardFilterInput;
}
