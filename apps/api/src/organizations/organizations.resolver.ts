import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AccountsService } from '@app/accounts';
import { type Actor, canSeeRegion, CurrentActor, ForbiddenError, Public, Role, Roles, IdArg } from '@app/common';
import { OrganizationsService } from '@app/organizations';
import { AuthPayload, toAccount } from '../accounts/account.type.js';
import { Organization, toOrganization } from './organization.type.js';
import { RegisterOrganizationInput } from './register-organization.input.js';

@Resolver(() => Organization)
export class OrganizationsResolver {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly accounts: AccountsService,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Self-service sign-up of an employer or agency with its first account' })
  async registerOrganization(@Args('input') input: RegisterOrganizationInput): Promise<AuthPayload> {
    const { username, password, ...organization } = input;
    const { accessToken, account } = await this.accounts.registerOrganization(organization, username, password);
    return { accessToken, account: toAccount(account) };
  }

  @Roles(Role.BUREAU, Role.ADMIN)
  @Mutation(() => Organization, { description: 'A bureau certifies an organisation registered in its jurisdiction' })
  async verifyOrganization(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<Organization> {
    return toOrganization(await this.organizations.verify(actor, id));
  }

  @Query(() => Organization, { description: 'Your own organisation, or any organisation for a BUREAU (of its region) or ADMIN' })
  async organization(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<Organization> {
    const organization = await this.organizations.get(id);
    const own = actor.organizationId === organization.id;
    if (!own && !canSeeRegion(actor, organization.regionCode)) throw new ForbiddenError('You can only see your own organisation');
    return toOrganization(organization);
  }
}
