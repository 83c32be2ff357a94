import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { chinaToday, Connection } from '@app/common';
import { type ConfirmationOutcome, type EmploymentConfirmationEntity, type PlacementEntity, placementStatusOn } from '@app/placements';
import { currentLanguage, localize } from '@app/common';
import { BatchItemError } from '../subsidies/subsidy-batch.types.js';
import { Role } from '../accounts/role.enum.js';
import { PlacementEndReason, PlacementScope, PlacementStatus } from './placement-enums.js';

@ObjectType()
export class EmploymentConfirmation {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  placementId: string;

  @Field({ description: 'YYYY-MM' })
  month: string;

  @Field()
  employed: boolean;

  @Field(() => Int, { nullable: true, description: 'Yuan' })
  monthlyWage: number | null;

  @Field()
  socialInsurancePaid: boolean;

  @Field(() => Int, { description: '1, then +1 for each correction' })
  revision: number;

  @Field(() => Role, {
    description:
      'Who attested the month: EMPLOYER (the posting’s employer), BUREAU (a welfare post’s bureau, or the bureau that recorded the placement late), ADMIN; AGENT only on months an agency confirmed before agents stopped confirming (they count for no subsidy)',
  })
  attestedBy: Role;

  @Field(() => ID, { description: 'The account that attested the month (its latest revision)' })
  attestedByAccountId: string;

  @Field()
  updatedAt: Date;
}

@ObjectType()
export class Placement {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  workerId: string;

  @Field(() => ID)
  postingId: string;

  @Field(() => ID, { nullable: true })
  employerOrganizationId: string | null;

  @Field(() => ID, { nullable: true, description: 'The organising agency' })
  agentOrganizationId: string | null;

  @Field(() => ID, { nullable: true })
  groupId: string | null;

  @Field({ description: 'Organised labour export (有组织劳务输出): nominated or sent in a group by an agency' })
  organized: boolean;

  @Field(() => PlacementScope)
  scope: PlacementScope;

  @Field()
  startDate: string;

  @Field(() => String, { nullable: true })
  endDate: string | null;

  @Field(() => Int)
  contractMonths: number;

  @Field(() => PlacementStatus, { description: 'UPCOMING until the start date (China time), then ACTIVE until ended; CANCELLED never counts' })
  status: PlacementStatus;

  @Field(() => PlacementEndReason, { nullable: true })
  endReason: PlacementEndReason | null;

  @Field({ description: 'Recorded after the fact by a bureau (补录, recordHistoricalPlacement)' })
  recordedLate: boolean;

  @Field({ description: 'The worker was 16 or 17 on the start date (未成年工)' })
  minor: boolean;

  @Field({ description: 'False at a part-time posting; full-time placements of one worker never overlap' })
  fullTime: boolean;

  @Field(() => String, { nullable: true, description: 'Why the placement was cancelled' })
  cancelReason: string | null;
}

@ObjectType()
export class PlacementConnection extends Connection(Placement, 'Placement') {}

export function toPlacement(entity: PlacementEntity): Placement {
  return {
    id: entity.id,
    workerId: entity.workerId,
    postingId: entity.postingId,
    employerOrganizationId: entity.employerOrganizationId,
    agentOrganizationId: entity.agentOrganizationId,
    groupId: entity.groupId,
    organized: entity.organized,
    scope: entity.scope,
    startDate: entity.startDate,
    endDate: entity.endDate,
    contractMonths: entity.contractMonths,
    status: placementStatusOn(entity, chinaToday()),
    endReason: entity.endReason,
    recordedLate: entity.recordedLate,
    minor: entity.minor,
    fullTime: entity.fullTime,
    cancelReason: entity.cancelReason,
  };
}

export function toConfirmation(entity: EmploymentConfirmationEntity): EmploymentConfirmation {
  return {
    id: entity.id,
    placementId: entity.placementId,
    month: entity.month,
    employed: entity.employed,
    monthlyWage: entity.monthlyWage,
    socialInsurancePaid: entity.socialInsurancePaid,
    revision: entity.revision,
    attestedBy: entity.attestedByRole,
    attestedByAccountId: entity.confirmedBy,
    updatedAt: entity.updatedAt,
  };
}

@ObjectType()
export class ConfirmedEmploymentItem {
  @Field(() => Int, { description: 'Position in input.items, from 0' })
  index: number;

  @Field(() => ID)
  placementId: string;

  @Field(() => EmploymentConfirmation, { nullable: true, description: 'The month’s record; null when refused' })
  confirmation: EmploymentConfirmation | null;

  @Field({ description: 'True when the item corrected an earlier record of the month (revision went up, audited)' })
  corrected: boolean;

  @Field(() => BatchItemError, { nullable: true, description: 'Why the item was refused: what confirmEmployment would have answered' })
  error: BatchItemError | null;
}

@ObjectType()
export class ConfirmEmploymentsResult {
  @Field({ description: 'YYYY-MM' })
  month: string;

  @Field(() => Int)
  succeeded: number;

  @Field(() => Int)
  failed: number;

  @Field(() => [ConfirmedEmploymentItem], { description: 'One per input item, in input order' })
  items: ConfirmedEmploymentItem[];
}

export function toConfirmEmploymentsResult(month: string, placementIds: readonly string[], outcomes: readonly ConfirmationOutcome[]): ConfirmEmploymentsResult {
  const language = currentLanguage();
  const items = outcomes.map((outcome, index): ConfirmedEmploymentItem => {
    if (outcome.error === null)
      return { index, placementId: placementIds[index], confirmation: toConfirmation(outcome.confirmation), corrected: outcome.corrected, error: null };
    const { code, reason } = outcome.error.extensions(language) as { code: string; reason: string };
    const error = { code, reason, message: localize(outcome.error.text, language), fields: outcome.error.fields };
    return { index, placementId: placementIds[index], confirmation: null, corrected: false, error };
  });
  return { month, succeeded: items.filter((i) => i.error === null).length, failed: items.filter((i) => i.error !== null).length, items };
}
