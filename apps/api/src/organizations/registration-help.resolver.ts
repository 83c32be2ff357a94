import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@app/common';
import { OrganizationsService, REGISTRATION_HELP_MAX_AGENCIES } from '@app/organizations';
import { RegionsService } from '@app/regions';
import { toRegion } from '../regions/region.mapper.js';
import { RegistrationHelp, toRegistrationAgency } from './registration-help.type.js';

@Resolver(() => RegistrationHelp)
export class RegistrationHelpResolver {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly regions: RegionsService,
  ) {}

  /**
   * A job seeker cannot register themself (a bureau or an agency registers them): this says where to go. Public, one
   * indexed query, at most REGISTRATION_HELP_MAX_AGENCIES agencies. Only a county (区县, or a city without counties such
   * as 东莞市) is accepted; a province or city is BAD_USER_INPUT naming regionCode (the page picks down to the county).
   */
  @Public()
  @Query(() => RegistrationHelp, {
    description:
      'Where to register without an account: the county and its verified agencies (LABOR_AGENCY, HR_AGENCY, LABOR_COOPERATIVE, INDIVIDUAL_BROKER) with their published contact. ' +
      'regionCode must be a county (a province or city is BAD_USER_INPUT on regionCode).',
  })
  async registrationHelp(@Args('regionCode') regionCode: string): Promise<RegistrationHelp> {
    const county = this.regions.requireCounty(regionCode, 'regionCode');
    const agencies = await this.organizations.verifiedAgenciesIn(county.code);
    return { county: toRegion(county, this.regions), agencies: agencies.map(toRegistrationAgency), agencyLimit: REGISTRATION_HELP_MAX_AGENCIES };
  }
}
