import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, byKeys, CurrentActor, requestLoader } from '@app/common';
import { OrganizationsService } from '@app/organizations';
import { type PlacementEntity, PlacementsService } from '@app/placements';
import { RegionsService } from '@app/regions';
import { type PolicyVersion, SubsidyClaimsService, SubsidyPoliciesService } from '@app/subsidies';
import { WorkersService } from '@app/workers';
import { loadOrganization } from '../organizations/organization.loader.js';
import { Organization } from '../organizations/organization.type.js';
import { Placement, toPlacement } from '../placements/placement.type.js';
import { WorkerGate } from '../workers/worker-gate.js';
import { Worker } from '../workers/worker.type.js';
import { ClaimReviewRights, toReviewRights } from './claim-review-rights.type.js';
import { chainOf, SubsidyClaim, SubsidyPolicy, toSubsidyPolicy } from './subsidy.types.js';

/**
 * What a reviewer needs beside a claim, so one query answers it: the worker (through the one worker gate: a bureau
 * sees name and masked ID), the placement and its employer (in the caller's placement scope), and the policy version
 * the claim rests on, and what the caller may do with it (reviewRights). Each batched per request: a page of 100 claims
 * costs one query per field, not one per claim.
 */
@Resolver(() => SubsidyClaim)
export class SubsidyClaimFieldsResolver {
  constructor(
    private readonly workers: WorkersService,
    private readonly divisions: RegionsService,
    private readonly placements: PlacementsService,
    private readonly organizations: OrganizationsService,
    private readonly policies: SubsidyPoliciesService,
    private readonly claims: SubsidyClaimsService,
  ) {}

  @ResolveField(() => ClaimReviewRights, {
    description: 'What you may do with the claim now and, if not, why (four eyes, jurisdiction, status): from the claim itself, no query',
  })
  reviewRights(@Parent() claim: SubsidyClaim, @CurrentActor() actor: Actor): ClaimReviewRights {
    return toReviewRights(this.claims.reviewRights(actor, claim.reviewFacts), claim.status, claim.needsReview);
  }

  @ResolveField(() => Worker, { nullable: true, description: 'The person the claim is about; null when you may not see them' })
  worker(@Parent() claim: SubsidyClaim, @CurrentActor() actor: Actor, @Context() context: object): Promise<Worker | null> {
    return new WorkerGate(this.workers, this.divisions).byId(context, actor, claim.workerId);
  }

  @ResolveField(() => Placement, { nullable: true, description: 'The placement the claim rests on; null outside your placement scope' })
  async placement(@Parent() claim: SubsidyClaim, @CurrentActor() actor: Actor, @Context() context: object): Promise<Placement | null> {
    const entity = await this.placementOf(context, actor, claim.placementId);
    return entity ? toPlacement(entity) : null;
  }

  @ResolveField(() => Organization, { nullable: true, description: 'The employer of that placement (none for a bureau-run public-welfare post)' })
  async employer(@Parent() claim: SubsidyClaim, @CurrentActor() actor: Actor, @Context() context: object): Promise<Organization | null> {
    const entity = await this.placementOf(context, actor, claim.placementId);
    return loadOrganization(context, this.organizations, entity?.employerOrganizationId ?? null);
  }

  @ResolveField(() => SubsidyPolicy, { description: 'The policy version the claim was assessed under (fixed at submission)' })
  async policy(@Parent() claim: SubsidyClaim, @Context() context: object): Promise<SubsidyPolicy> {
    const stored = await requestLoader<string, { id: string; provinceCode: string } | null>(context, 'subsidyPolicy.byId', async (ids) =>
      byKeys(ids, await this.policies.findMany(ids), (p) => p.id),
    ).load(claim.policyId);
    // A claim's policy_id is a foreign key: the version exists.
    const versions = await requestLoader<string, PolicyVersion[]>(context, 'subsidyPolicy.versionsOfProvince', (provinces) =>
      Promise.all(provinces.map((code) => this.policies.versionsOf(code))),
    ).load(stored!.provinceCode);
    const chain = chainOf(versions);
    return toSubsidyPolicy(chain.get(claim.policyId)!, chain);
  }

  private placementOf(context: object, actor: Actor, id: string): Promise<PlacementEntity | null> {
    return requestLoader<string, PlacementEntity | null>(context, 'subsidyClaim.placement', async (ids) =>
      byKeys(ids, await this.placements.visibleMany(actor, ids), (p) => p.id),
    ).load(id);
  }
}
