import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, IdArg, Role, Roles, toConnection } from '@app/common';
import { RegionsService } from '@app/regions';
import { SubsidyClaimBatchesService, SubsidyClaimsService, SubsidyPoliciesService } from '@app/subsidies';
import {
  MarkSubsidyClaimsPaidResult,
  ReviewSubsidyClaimsResult,
  SubmitSubsidyClaimsResult,
  toClaimBatchResult,
  toSubmitResult,
} from './subsidy-batch.types.js';
import {
  CreateSubsidyPolicyInput,
  MarkSubsidyClaimPaidInput,
  MarkSubsidyClaimsPaidInput,
  ReviewSubsidyClaimInput,
  ReviewSubsidyClaimsInput,
  SubmitSubsidyClaimInput,
  SubmitSubsidyClaimsInput,
  SubsidyClaimsArgs,
  UpdateSubsidyPolicyInput,
} from './subsidy.inputs.js';
import {
  chainOf,
  SubsidyAssessment,
  SubsidyClaim,
  SubsidyClaimConnection,
  SubsidyPolicy,
  SubsidyPolicyCoverage,
  toAssessment,
  toCoverage,
  toSubsidyClaim,
  toSubsidyPolicy,
} from './subsidy.types.js';

@Resolver()
export class SubsidiesResolver {
  constructor(
    private readonly policies: SubsidyPoliciesService,
    private readonly claims: SubsidyClaimsService,
    private readonly batches: SubsidyClaimBatchesService,
    private readonly divisions: RegionsService,
  ) {}

  @Query(() => [SubsidyPolicy], { description: 'Every version of a province’s policy, with its chain (supersedes, supersededBy)' })
  async subsidyPolicies(@Args('provinceCode') provinceCode: string): Promise<SubsidyPolicy[]> {
    this.divisions.require(provinceCode, 'provinceCode');
    const versions = await this.policies.versionsOf(provinceCode);
    const chain = chainOf(versions);
    return versions.map((v) => toSubsidyPolicy(v, chain));
  }

  @Roles(Role.ADMIN, Role.BUREAU)
  @Mutation(() => SubsidyPolicy, {
    description: 'ADMIN or the province’s bureau adds a policy version (rules as validated data), optionally the successor of one (supersedesId)',
  })
  async createSubsidyPolicy(@CurrentActor() actor: Actor, @Args('input') input: CreateSubsidyPolicyInput): Promise<SubsidyPolicy> {
    this.divisions.require(input.provinceCode, 'provinceCode');
    return this.version(await this.policies.create(actor, input));
  }

  @Roles(Role.ADMIN, Role.BUREAU)
  @Mutation(() => SubsidyPolicy, { description: 'Corrects a version no claim rests on yet; refused with POLICY_IN_USE once one does' })
  async updateSubsidyPolicy(@CurrentActor() actor: Actor, @Args('input') input: UpdateSubsidyPolicyInput): Promise<SubsidyPolicy> {
    this.divisions.require(input.provinceCode, 'provinceCode');
    const { id, ...fields } = input;
    return this.version(await this.policies.update(actor, id, fields));
  }

  @Roles(Role.ADMIN, Role.BUREAU)
  @Query(() => SubsidyPolicyCoverage, {
    description: 'For a bureau of the region (or ADMIN): versions ending within 90 days, and placements no version covers, with counts',
  })
  async subsidyPolicyCoverage(@CurrentActor() actor: Actor, @Args('regionCode') regionCode: string): Promise<SubsidyPolicyCoverage> {
    this.divisions.require(regionCode, 'regionCode');
    const coverage = await this.policies.coverage(actor, regionCode);
    return toCoverage(coverage, chainOf(await this.policies.versionsOf(regionCode)));
  }

  @Query(() => [SubsidyAssessment], {
    description: 'Each subsidy of the applicable policy assessed against the placement’s evidence; INELIGIBLE with reasonCode POLICY_GAP when none is in force',
  })
  async subsidyEligibility(@CurrentActor() actor: Actor, @IdArg('placementId') placementId: string): Promise<SubsidyAssessment[]> {
    const { policy, assessments, recordedLate } = await this.claims.eligibility(actor, placementId);
    const shown = policy ? await this.version(policy) : null;
    return assessments.map((a) => toAssessment(a, shown, recordedLate));
  }

  @Mutation(() => SubsidyClaim, { description: 'Only when ELIGIBLE; the amount and evidence are fixed at submission; once per person and kind, ever' })
  async submitSubsidyClaim(@CurrentActor() actor: Actor, @Args('input') input: SubmitSubsidyClaimInput): Promise<SubsidyClaim> {
    return toSubsidyClaim(await this.claims.submit(actor, input.placementId, input.kind));
  }

  @Roles(Role.BUREAU)
  @Mutation(() => SubsidyClaim)
  async reviewSubsidyClaim(@CurrentActor() actor: Actor, @Args('input') input: ReviewSubsidyClaimInput): Promise<SubsidyClaim> {
    return toSubsidyClaim(await this.claims.review(actor, input.claimId, input.approve, input.note ?? null, input.employmentCheck ?? null));
  }

  @Roles(Role.BUREAU)
  @Mutation(() => SubsidyClaim)
  async markSubsidyClaimPaid(@CurrentActor() actor: Actor, @Args('input') input: MarkSubsidyClaimPaidInput): Promise<SubsidyClaim> {
    return toSubsidyClaim(await this.claims.markPaid(actor, input.claimId, input.paidOn, input.reference));
  }

  @Roles(Role.BUREAU)
  @Mutation(() => SubmitSubsidyClaimsResult, {
    description: 'A bureau raises up to 500 claims on the beneficiaries’ behalf; each item succeeds or fails on its own, with its reason',
  })
  async submitSubsidyClaims(@CurrentActor() actor: Actor, @Args('input') input: SubmitSubsidyClaimsInput): Promise<SubmitSubsidyClaimsResult> {
    return toSubmitResult(input.items, await this.batches.submitMany(actor, input.items));
  }

  @Roles(Role.BUREAU)
  @Mutation(() => MarkSubsidyClaimsPaidResult, {
    description: 'Up to 500 approved claims paid on one day with one reference; each item succeeds or fails on its own, with its reason',
  })
  async markSubsidyClaimsPaid(@CurrentActor() actor: Actor, @Args('input') input: MarkSubsidyClaimsPaidInput): Promise<MarkSubsidyClaimsPaidResult> {
    return toClaimBatchResult(input.claimIds, await this.batches.markManyPaid(actor, input.claimIds, input.paidOn, input.reference));
  }

  @Roles(Role.BUREAU)
  @Mutation(() => ReviewSubsidyClaimsResult, {
    description:
      'Up to 500 claims approved (or rejected, with a note) alike; each item through the rules of reviewSubsidyClaim, in its own transaction, succeeding or failing on its own with its reason',
  })
  async reviewSubsidyClaims(@CurrentActor() actor: Actor, @Args('input') input: ReviewSubsidyClaimsInput): Promise<ReviewSubsidyClaimsResult> {
    const outcomes = await this.batches.reviewMany(actor, input.claimIds, input.approve, input.note ?? null, input.employmentCheck ?? null);
    return toClaimBatchResult(input.claimIds, outcomes);
  }

  /** One version shown with its chain. */
  private async version(policy: { id: string; provinceCode: string }): Promise<SubsidyPolicy> {
    const chain = chainOf(await this.policies.versionsOf(policy.provinceCode));
    return toSubsidyPolicy(chain.get(policy.id)!, chain);
  }

  @Query(() => SubsidyClaimConnection, { description: 'A bureau’s jurisdiction; a beneficiary’s own claims' })
  async subsidyClaims(@CurrentActor() actor: Actor, @Args() args: SubsidyClaimsArgs): Promise<SubsidyClaimConnection> {
    return toConnection(await this.claims.list(actor, args.filter ?? {}, args.first, args.after), toSubsidyClaim);
  }
}
