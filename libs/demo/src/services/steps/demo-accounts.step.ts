import { Injectable } from '@nestjs/common';
import { AccountsService, actorOf } from '@app/accounts';
import { Role } from '@app/common';
import { OrganizationsService } from '@app/organizations';
import { DEMO_ADMIN, DEMO_PASSWORD } from '../../demo-constants.js';
import type { DemoContext } from '../demo-context.js';

/** The ADMIN, every bureau (province, city, county), and each organisation with its first account; bureaus verify workshops. */
@Injectable()
export class DemoAccountsStep {
  constructor(
    private readonly accounts: AccountsService,
    private readonly organizations: OrganizationsService,
  ) {}

  async run(ctx: DemoContext): Promise<void> {
    const { bureaus, organizations } = ctx.plan;
    const accounts = ctx.stage('accounts', 1 + bureaus.length);
    const admin = actorOf(await this.accounts.createAdmin(DEMO_ADMIN, DEMO_PASSWORD));
    ctx.actors.set(DEMO_ADMIN, admin);
    accounts.tick();
    for (const bureau of bureaus) {
      const account = await this.accounts.create(admin, {
        username: bureau.username,
        password: DEMO_PASSWORD,
        role: Role.BUREAU,
        regionCode: bureau.regionCode,
      });
      ctx.actors.set(bureau.username, actorOf(account));
      accounts.tick();
    }

    const progress = ctx.stage('organizations', organizations.length);
    for (const organization of organizations) {
      const { account } = await this.accounts.registerOrganization(
        {
          name: organization.name,
          kind: organization.kind,
          creditCode: organization.creditCode,
          regionCode: organization.regionCode,
          smallOrMicro: organization.smallOrMicro,
          location: organization.location,
        },
        organization.key,
        DEMO_PASSWORD,
      );
      ctx.actors.set(organization.key, actorOf(account));
      ctx.organizationCreated(organization.key, account.organizationId!);
      // 就业帮扶车间 are certified by their county's bureau: only then are their postings public.
      if (organization.verifiedBy) await this.organizations.verify(ctx.actor(organization.verifiedBy), account.organizationId!);
      progress.tick();
    }
  }
}
