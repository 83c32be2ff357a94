import type { Type } from '@nestjs/common';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { currentLanguage, localize } from '@app/common';
import type { BatchOutcome } from '@app/subsidies';
import { SubsidyKind } from './subsidy-enums.js';
import { SubsidyClaim, toSubsidyClaim } from './subsidy.types.js';

@ObjectType({ description: 'Why one item of a batch was refused: the error the single operation would have raised' })
export class BatchItemError {
  @Field({ description: 'As extensions.code: BAD_USER_INPUT, FORBIDDEN, NOT_FOUND, CONFLICT' })
  code: string;

  @Field({ description: 'As extensions.reason, e.g. NOT_ELIGIBLE, ALREADY_CLAIMED, APPROVER_CANNOT_PAY' })
  reason: string;

  @Field({ description: 'In the request’s language (Chinese unless it asks for English)' })
  message: string;

  @Field(() => [String])
  fields: string[];
}

@ObjectType()
export class SubmittedSubsidyClaimItem {
  @Field(() => Int, { description: 'Position in input.items, from 0' })
  index: number;

  @Field(() => ID)
  placementId: string;

  @Field(() => SubsidyKind)
  kind: SubsidyKind;

  @Field(() => SubsidyClaim, { nullable: true, description: 'The claim raised; null when refused' })
  claim: SubsidyClaim | null;

  @Field(() => BatchItemError, { nullable: true })
  error: BatchItemError | null;
}

@ObjectType()
export class SubmitSubsidyClaimsResult {
  @Field(() => Int)
  succeeded: number;

  @Field(() => Int)
  failed: number;

  @Field(() => [SubmittedSubsidyClaimItem], { description: 'One per input item, in input order' })
  items: SubmittedSubsidyClaimItem[];
}

/** One claim of a batch step (payment, review): its claim after the step, or the refusal. */
@ObjectType({ isAbstract: true })
abstract class ClaimBatchItem {
  @Field(() => Int, { description: 'Position in input.claimIds, from 0' })
  index: number;

  @Field(() => ID)
  claimId: string;

  @Field(() => SubsidyClaim, { nullable: true, description: 'The claim after the step (PAID; APPROVED or REJECTED); null when refused' })
  claim: SubsidyClaim | null;

  @Field(() => BatchItemError, { nullable: true })
  error: BatchItemError | null;
}

/** succeeded, failed and the items of a batch step on claims, in input order. */
function ClaimBatchResult<T extends ClaimBatchItem>(item: Type<T>) {
  @ObjectType({ isAbstract: true })
  abstract class Result {
    @Field(() => Int)
    succeeded: number;

    @Field(() => Int)
    failed: number;

    @Field(() => [item], { description: 'One per input claim id, in input order' })
    items: T[];
  }
  return Result;
}

@ObjectType()
export class PaidSubsidyClaimItem extends ClaimBatchItem {}

@ObjectType()
export class MarkSubsidyClaimsPaidResult extends ClaimBatchResult(PaidSubsidyClaimItem) {}

@ObjectType()
export class ReviewedSubsidyClaimItem extends ClaimBatchItem {}

@ObjectType()
export class ReviewSubsidyClaimsResult extends ClaimBatchResult(ReviewedSubsidyClaimItem) {}

/** An item's claim or its refusal, as the client sees it (the same code, reason and fields as a single call). */
function shown(outcome: BatchOutcome): { claim: SubsidyClaim | null; error: BatchItemError | null } {
  if (outcome.error === null) return { claim: toSubsidyClaim(outcome.claim), error: null };
  const language = currentLanguage();
  const { code, reason } = outcome.error.extensions(language) as { code: string; reason: string };
  return { claim: null, error: { code, reason, message: localize(outcome.error.text, language), fields: outcome.error.fields } };
}

const counted = <T extends { error: BatchItemError | null }>(items: T[]) => ({
  succeeded: items.filter((i) => i.error === null).length,
  failed: items.filter((i) => i.error !== null).length,
  items,
});

export function toSubmitResult(items: readonly { placementId: string; kind: SubsidyKind }[], outcomes: readonly BatchOutcome[]): SubmitSubsidyClaimsResult {
  return counted(outcomes.map((o, index) => ({ index, placementId: items[index].placementId, kind: items[index].kind, ...shown(o) })));
}

/** A batch step on claims (payment, review) as answered: each item with its claim id, in input order. */
export function toClaimBatchResult(claimIds: readonly string[], outcomes: readonly BatchOutcome[]): MarkSubsidyClaimsPaidResult & ReviewSubsidyClaimsResult {
  return counted(outcomes.map((o, index) => ({ index, claimId: claimIds[index], ...shown(o) })));
}
