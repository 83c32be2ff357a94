import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@app/common';
import { AWARD_LEVEL_TITLES, type AwardEvidence, type OrganizationAwardEntity, OrganizationAwardLevel, OrganizationAwardStatus } from '@app/subsidies';
import { SubsidyFund } from './subsidy-enums.js';

registerEnumType(OrganizationAwardLevel, {
  name: 'OrganizationAwardLevel',
  description:
    '一次性奖补 to an employment-support carrier: 就业帮扶车间 WORKSHOP, 就业帮扶基地 ASSISTANCE_BASE, 省级就业帮扶示范基地 PROVINCIAL_DEMONSTRATION_BASE (Guizhou: 10,000 / 30,000 / 100,000 yuan); once per organisation and level',
});
registerEnumType(OrganizationAwardStatus, { name: 'OrganizationAwardStatus', description: 'PROPOSED → APPROVED or REJECTED; APPROVED → PAID' });

@ObjectType({ description: 'A one-off award (一次性奖补) a bureau decided for a workshop or base' })
export class OrganizationAward {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organizationId: string;

  @Field({ description: 'The organisation’s region when the award was proposed: its bureaus review, pay and list it' })
  regionCode: string;

  @Field(() => OrganizationAwardLevel)
  level: OrganizationAwardLevel;

  @Field({ description: 'e.g. 就业帮扶车间一次性奖补' })
  title: string;

  @Field(() => Int, { description: 'Yuan, fixed at the proposal' })
  amount: number;

  @Field(() => Int, { nullable: true, description: 'The cited policy’s cap for the level; null when the bureau decided without a policy' })
  cap: number | null;

  @Field({ description: 'What the bureau decided on (hires of 三类人员, people employed 6+ months, the certification)' })
  basis: string;

  @Field(() => SubsidyFund, { description: 'The fund it is paid from: that fund’s department proposes, reviews and pays it' })
  fund: SubsidyFund;

  @Field(() => ID, { nullable: true, description: 'The policy version the award cites' })
  policyId: string | null;

  @Field(() => OrganizationAwardStatus)
  status: OrganizationAwardStatus;

  @Field()
  proposedAt: Date;

  @Field(() => Date, { nullable: true })
  reviewedAt: Date | null;

  @Field(() => String, { nullable: true })
  reviewNote: string | null;

  @Field(() => String, { nullable: true })
  paidOn: string | null;

  @Field(() => String, { nullable: true })
  paymentReference: string | null;
}

@ObjectType()
export class OrganizationAwardConnection extends Connection(OrganizationAward, 'OrganizationAward') {}

export function toOrganizationAward(award: OrganizationAwardEntity): OrganizationAward {
  return {
    id: award.id,
    organizationId: award.organizationId,
    regionCode: award.regionCode,
    level: award.level,
    title: AWARD_LEVEL_TITLES[award.level],
    amount: award.amount,
    cap: award.cap,
    basis: award.basis,
    policyId: award.policyId,
    fund: award.fund,
    status: award.status,
    proposedAt: award.createdAt,
    reviewedAt: award.reviewedAt,
    reviewNote: award.reviewNote,
    paidOn: award.paidOn,
    paymentReference: award.paymentReference,
  };
}

@ObjectType({
  description:
    'What a bureau weighs before proposing an award (一次性奖补): the organisation’s hires of 三类人员 in a calendar year, those stably employed 6+ months and those still there. Counts only',
})
export class OrganizationAwardEvidence {
  @Field(() => ID)
  organizationId: string;

  @Field(() => Int)
  year: number;

  @Field({ description: 'YYYY-MM-DD, 1 January' })
  from: string;

  @Field({ description: 'YYYY-MM-DD: 31 December, or today while the year runs' })
  to: string;

  @Field(() => Int, { description: 'Placements (not cancelled) at the organisation started in the period' })
  hires: number;

  @Field(() => Int, { description: 'Of those, people holding one of the categories (三类人员) on their start date' })
  hiresOfThreeCategories: number;

  @Field(() => Int, { description: 'Of the 三类人员 hired, those with 6 or more consecutive confirmed months from the start (稳定就业6个月以上)' })
  stablyEmployed: number;

  @Field(() => Int, { description: 'Of the 三类人员 hired, those still in that job on `to`' })
  inWorkAtEnd: number;

  @Field(() => Float, { nullable: true, description: 'inWorkAtEnd / hiresOfThreeCategories (0.8 is 80 %); null when none were hired' })
  retention: number | null;
}

export function toAwardEvidence(evidence: AwardEvidence): OrganizationAwardEvidence {
  return { ...evidence, retention: evidence.hiresOfThreeCategories ? evidence.inWorkAtEnd / evidence.hiresOfThreeCategories : null };
}
