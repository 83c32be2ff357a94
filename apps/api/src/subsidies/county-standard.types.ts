import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsUUID, Max, Min } from 'class-validator';
import { IsCalendarDate, IsRegionCode } from '@app/common';
import { type CountySubsidyStandardEntity, MAX_AMOUNT_YUAN } from '@app/subsidies';

@InputType({ description: 'A county’s own amount for one rule of a province policy version (县级标准), at most the rule’s amount' })
export class SetCountySubsidyStandardInput {
  @Field(() => ID)
  @IsUUID()
  policyId: string;

  @Field(() => Int, { description: 'Position of the rule in the version’s rules (0 = first), as in SubsidyAssessment.ruleIndex' })
  @IsInt()
  @Min(0)
  ruleIndex: number;

  @Field({ description: 'The county (户籍县) whose registered workers get this amount' })
  @IsRegionCode()
  countyCode: string;

  @Field(() => Int, { description: 'Yuan, 1 to the rule’s amount (the province’s cap)' })
  @IsInt()
  @Min(1)
  @Max(MAX_AMOUNT_YUAN)
  amount: number;

  @Field({ description: 'YYYY-MM-DD, within the version’s validity: placements starting from this day get the amount' })
  @IsCalendarDate()
  validFrom: string;
}

@ObjectType()
export class CountySubsidyStandard {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  policyId: string;

  @Field(() => Int)
  ruleIndex: number;

  @Field()
  countyCode: string;

  @Field(() => Int, { description: 'Yuan' })
  amount: number;

  @Field()
  validFrom: string;
}

export function toCountyStandard(entity: CountySubsidyStandardEntity): CountySubsidyStandard {
  return {
    id: entity.id,
    policyId: entity.policyId,
    ruleIndex: entity.ruleIndex,
    countyCode: entity.countyCode,
    amount: entity.amount,
    validFrom: entity.validFrom,
  };
}
