import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, IdArg, Role, Roles } from '@app/common';
import { CountyStandardsService } from '@app/subsidies';
import { CountySubsidyStandard, SetCountySubsidyStandardInput, toCountyStandard } from './county-standard.types.js';

@Resolver(() => CountySubsidyStandard)
export class CountyStandardsResolver {
  constructor(private readonly standards: CountyStandardsService) {}

  @Roles(Role.ADMIN, Role.BUREAU)
  @Mutation(() => CountySubsidyStandard, {
    description:
      '县级标准: a bureau whose jurisdiction covers the county (or ADMIN) sets its own amount for a rule, at most the province’s; the same day again replaces it. Audited',
  })
  async setCountySubsidyStandard(@CurrentActor() actor: Actor, @Args('input') input: SetCountySubsidyStandardInput): Promise<CountySubsidyStandard> {
    return toCountyStandard(await this.standards.set(actor, input));
  }

  @Query(() => [CountySubsidyStandard], { description: 'The county standards of a policy version, optionally of one county' })
  async countySubsidyStandards(
    @IdArg('policyId') policyId: string,
    @Args('countyCode', { type: () => String, nullable: true }) countyCode?: string | null,
  ): Promise<CountySubsidyStandard[]> {
    return (await this.standards.list(policyId, countyCode)).map(toCountyStandard);
  }
}
