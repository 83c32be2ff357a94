import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, chinaToday, CurrentActor, IdArg, Role, Roles, toConnection } from '@app/common';
import { RegionsService } from '@app/regions';
import { AwardEvidenceService, OrganizationAwardsService } from '@app/subsidies';
import { GrantOrganizationAwardInput, MarkOrganizationAwardPaidInput, OrganizationAwardsArgs, ReviewOrganizationAwardInput } from './awards.inputs.js';
import { OrganizationAward, OrganizationAwardConnection, OrganizationAwardEvidence, toAwardEvidence, toOrganizationAward } from './awards.types.js';

@Resolver()
export class OrganizationAwardsResolver {
  constructor(
    private readonly awards: OrganizationAwardsService,
    private readonly evidence: AwardEvidenceService,
    private readonly divisions: RegionsService,
  ) {}

  @Roles(Role.BUREAU)
  @Mutation(() => OrganizationAward, {
    description:
      'A bureau of the organisation’s region proposes a one-off award to a verified workshop or base: once per organisation and level, within the cited policy’s cap; another account of the bureau reviews it',
  })
  async grantOrganizationAward(@CurrentActor() actor: Actor, @Args('input') input: GrantOrganizationAwardInput): Promise<OrganizationAward> {
    return toOrganizationAward(await this.awards.grant(actor, input));
  }

  @Roles(Role.BUREAU)
  @Mutation(() => OrganizationAward, { description: 'Approve or reject a proposed award; the proposing account cannot approve it (four eyes)' })
  async reviewOrganizationAward(@CurrentActor() actor: Actor, @Args('input') input: ReviewOrganizationAwardInput): Promise<OrganizationAward> {
    return toOrganizationAward(await this.awards.review(actor, input.awardId, input.approve, input.note ?? null));
  }

  @Roles(Role.BUREAU)
  @Mutation(() => OrganizationAward, { description: 'Record the payment of an approved award; the approving account cannot (four eyes)' })
  async markOrganizationAwardPaid(@CurrentActor() actor: Actor, @Args('input') input: MarkOrganizationAwardPaidInput): Promise<OrganizationAward> {
    return toOrganizationAward(await this.awards.markPaid(actor, input.awardId, input.paidOn, input.reference));
  }

  @Roles(Role.ADMIN, Role.BUREAU, Role.EMPLOYER, Role.AGENT)
  @Query(() => OrganizationAwardConnection, { description: 'A bureau: awards in its jurisdiction, newest first; an organisation’s accounts: its own' })
  async organizationAwards(@CurrentActor() actor: Actor, @Args() args: OrganizationAwardsArgs): Promise<OrganizationAwardConnection> {
    if (args.filter?.regionCode) this.divisions.require(args.filter.regionCode, 'filter.regionCode');
    return toConnection(await this.awards.list(actor, args.filter ?? {}, args.first, args.after), toOrganizationAward);
  }

  @Roles(Role.BUREAU)
  @Query(() => OrganizationAwardEvidence, {
    description:
      'A bureau of the organisation’s region: its hires of 三类人员 in a calendar year (last year by default, as awards are decided on a finished year), those stably employed 6+ months and those still there',
  })
  async organizationAwardEvidence(
    @CurrentActor() actor: Actor,
    @IdArg('organizationId') organizationId: string,
    @Args('year', { type: () => Int, nullable: true, description: 'Calendar year; default last year' }) year?: number,
  ): Promise<OrganizationAwardEvidence> {
    const chosen = year ?? Number(chinaToday().slice(0, 4)) - 1;
    return toAwardEvidence(await this.evidence.evidence(actor, organizationId, chosen));
  }
}
