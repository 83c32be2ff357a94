import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AccountsService } from '@app/accounts';
import { type Actor, canSeeRegion, CurrentActor, Public, Role, Roles, IdArg } from '@app/common';
import { OrganizationError, OrganizationErrorReason, OrganizationNotFoundError, OrganizationsService } from '@app/organizations';
import { IdNumberVault } from '@app/workers';
import { AuthPayload, toAccount } from '../accounts/account.type.js';
import { sealBrokerIdNumber } from './broker-id-number.js';
import { Organization, toOrganization } from './organization.type.js';
import { RegisterOrganizationInput } from './register-organization.input.js';
import { UpdateOrganizationContactInput } from './update-organization-contact.input.js';

@Resolver(() => Organization)
export class OrganizationsResolver {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly accounts: AccountsService,
    private readonly vault: IdNumberVault,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Self-service sign-up of an employer or agency with its first account' })
  async registerOrganization(@Args('input') input: RegisterOrganizationInput): Promise<AuthPayload> {
    const { username, password, idNumber, ...organization } = input;
    const personalId = idNumber ? sealBrokerIdNumber(this.vault, idNumber) : null;
    const { accessToken, account } = await this.accounts.registerOrganization({ ...organization, personalId }, username, password);
    return { accessToken, account: toAccount(account) };
  }

  @Roles(Role.BUREAU, Role.ADMIN)
  @Mutation(() => Organization, { description: 'A bureau certifies an organisation registered in its jurisdiction' })
  async verifyOrganization(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<Organization> {
    return toOrganization(await this.organizations.verify(actor, id));
  }

  @Roles(Role.EMPLOYER, Role.AGENT, Role.BUREAU, Role.ADMIN)
  @Mutation(() => Organization, {
    description: 'The organisation’s own accounts, a bureau of its region or an ADMIN change its published contact (contactPhone, address)',
  })
  async updateOrganizationContact(@CurrentActor() actor: Actor, @Args('input') input: UpdateOrganizationContactInput): Promise<Organization> {
    const { organizationId, ...changes } = input;
    return toOrganization(await this.organizations.updateContact(actor, organizationId, changes));
  }

  @Query(() => Organization, { description: 'Your own organisation, or any organisation for a BUREAU (of its region) or ADMIN' })
  async organization(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<Organization> {
    // Anyone but an administrator gets the same refusal for a missing organisation as for one they may not see: the
    // answer never tells whether another party's organisation exists, nor where it is.
    const own = actor.organizationId === id;
    const [organization] = await this.organizations.findMany([id]);
    if (!organization) {
      if (actor.role === Role.ADMIN) throw new OrganizationNotFoundError();
      throw new OrganizationError(OrganizationErrorReason.ORGANIZATION_HIDDEN);
    }
    if (!own && !canSeeRegion(actor, organization.regionCode)) throw new OrganizationError(OrganizationErrorReason.ORGANIZATION_HIDDEN);
    return toOrganization(organization);
  }
}
