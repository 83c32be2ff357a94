import { ArgsType, Field, ID, InputType, IntersectionType, OmitType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsBoolean,
  IsDefined,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate, IsRegionCode, PageArgs } from '@app/common';
import { MAX_BATCH_ITEMS } from '@app/subsidies';
import { JSONScalar } from '../common/json.scalar.js';
import { SubsidyClaimStatus, SubsidyKind } from './subsidy-enums.js';

@InputType()
export class CreateSubsidyPolicyInput {
  @Field({ description: 'Province code, e.g. 520000' })
  @IsRegionCode()
  provinceCode: string;

  @Field()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  version: string;

  @Field()
  @IsCalendarDate()
  validFrom: string;

  @Field()
  @IsCalendarDate()
  validTo: string;

  @Field(() => JSONScalar, { description: 'Rules as data; validated against the engine’s condition vocabulary' })
  @IsDefined()
  rules: unknown;

  @Field(() => ID, {
    nullable: true,
    description: 'The version this one succeeds: same province, a later validFrom (may lie in the past), a higher version; one successor per version',
  })
  @IsOptional()
  @IsUUID()
  supersedesId?: string | null;
}

@InputType({ description: 'Corrects a version no claim rests on yet; its province and its place in the chain stay' })
export class UpdateSubsidyPolicyInput extends OmitType(CreateSubsidyPolicyInput, ['supersedesId'] as const) {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

@InputType()
export class SubmitSubsidyClaimInput {
  @Field(() => ID)
  @IsUUID()
  placementId: string;

  @Field(() => SubsidyKind)
  @IsEnum(SubsidyKind)
  kind: SubsidyKind;
}

@InputType()
export class ReviewSubsidyClaimInput {
  @Field(() => ID)
  @IsUUID()
  claimId: string;

  @Field()
  @IsBoolean()
  approve: boolean;

  @Field(() => String, { nullable: true, description: 'Required when rejecting' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Required when approving an ABSORPTION claim (paid to the employer on its own confirmations): how the bureau checked the employment, e.g. 社保缴费记录, 工资流水, 实地核查',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  employmentCheck?: string | null;
}

@InputType()
export class MarkSubsidyClaimPaidInput {
  @Field(() => ID)
  @IsUUID()
  claimId: string;

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
export class SubsidyClaimFilterInput {
  @Field(() => String, { nullable: true, description: 'Worker’s hukou region and everything under it' })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;

  @Field(() => SubsidyClaimStatus, { nullable: true })
  @IsOptional()
  @IsEnum(SubsidyClaimStatus)
  status?: SubsidyClaimStatus;

  @Field(() => SubsidyKind, { nullable: true })
  @IsOptional()
  @IsEnum(SubsidyKind)
  kind?: SubsidyKind;
}

@ArgsType()
export class SubsidyClaimsArgs extends PageArgs {
  @Field(() => SubsidyClaimFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SubsidyClaimFilterInput)
  filter?: SubsidyClaimFilterInput;
}

@InputType()
export class SubsidyClaimItemInput extends SubmitSubsidyClaimInput {}

@InputType({ description: 'Claims a bureau raises on the beneficiaries’ behalf: 1 to 500 items, each accepted or refused on its own' })
export class SubmitSubsidyClaimsInput {
  @Field(() => [SubsidyClaimItemInput])
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(MAX_BATCH_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => SubsidyClaimItemInput)
  items: SubsidyClaimItemInput[];
}

/** The claims a batch step is taken on: 1 to 500 ids, each item accepted or refused on its own. */
@InputType({ isAbstract: true })
class ClaimIdsInput {
  @Field(() => [ID])
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(MAX_BATCH_ITEMS)
  @IsUUID('all', { each: true })
  claimIds: string[];
}

@InputType({ description: 'Approved claims paid on one day with one voucher or transfer-list number: 1 to 500, each on its own' })
export class MarkSubsidyClaimsPaidInput extends IntersectionType(OmitType(MarkSubsidyClaimPaidInput, ['claimId'] as const), ClaimIdsInput) {}

@InputType({ description: 'Claims decided alike (批量审核), 1 to 500, each through the rules of reviewSubsidyClaim on its own: a rejection needs a note' })
export class ReviewSubsidyClaimsInput extends IntersectionType(OmitType(ReviewSubsidyClaimInput, ['claimId'] as const), ClaimIdsInput) {}
