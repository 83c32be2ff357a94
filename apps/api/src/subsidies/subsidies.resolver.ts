import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, IdArg, Role, Roles, toConnection } from '@app/common';
import { RegionsService } from '@app/regions';
import { SubsidyClaimsService, SubsidyPoliciesService } from '@app/subsidies';
import { CreateSubsidyPolicyInput, MarkSubsidyClaimPaidInput, ReviewSubsidyClaimInput, SubmitSubsidyClaimInput, SubsidyClaimsArgs } from './subsidy.inputs.js';
import { SubsidyAssessment, SubsidyClaim, SubsidyClaimConnection, SubsidyPolicy, toAssessment, toSubsidyClaim, toSubsidyPolicy } from './subsidy.types.js';

@Resolver()
export class SubsidiesResolver {
  constructor(
    private readonly policies: SubsidyPoliciesService,
    private readonly claims: SubsidyClaimsService,
    private readonly divisions: RegionsService,
  ) {}

  @Query(() => [SubsidyPolicy], { description: 'Every version of a province’s policy' })
  async subsidyPolicies(@Args('provinceCode') provinceCode: string): Promise<SubsidyPolicy[]> {
    this.divisions.require(provinceCode, 'provinceCode');
    return (await this.policies.ofProvince(provinceCode)).map(toSubsidyPolicy);
  }

  @Roles(Role.ADMIN, Role.BUREAU)
  @Mutation(() => SubsidyPolicy, { description: 'ADMIN or the province’s bureau adds a policy version (rules as validated data)' })
  async createSubsidyPolicy(@CurrentActor() actor: Actor, @Args('input') input: CreateSubsidyPolicyInput): Promise<SubsidyPolicy> {
    this.divisions.require(input.provinceCode, 'provinceCode');
    return toSubsidyPolicy(await this.policies.create(actor, input));
  }

  @Query(() => [SubsidyAssessment], { description: 'Each subsidy of the applicable policy assessed against the placement’s evidence' })
  async subsidyEligibility(@CurrentActor() actor: Actor, @IdArg('placementId') placementId: string): Promise<SubsidyAssessment[]> {
    const { policy, assessments, recordedLate } = await this.claims.eligibility(actor, placementId);
    return assessments.map((a) => toAssessment(a, policy, recordedLate));
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

  @Query(() => SubsidyClaimConnection, { description: 'A bureau’s jurisdiction; a beneficiary’s own claims' })
  async subsidyClaims(@CurrentActor() actor: Actor, @Args() args: SubsidyClaimsArgs): Promise<SubsidyClaimConnection> {
    return toConnection(await this.claims.list(actor, args.filter ?? {}, args.first, args.after), toSubsidyClaim);
  }
}
