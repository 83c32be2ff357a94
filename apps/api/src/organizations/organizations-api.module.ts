import { Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { OrganizationsModule } from '@app/organizations';
import { RegionsModule } from '@app/regions';
import { OrganizationsResolver } from './organizations.resolver.js';
import { RegistrationHelpResolver } from './registration-help.resolver.js';

@Module({ imports: [OrganizationsModule, AccountsModule, RegionsModule], providers: [OrganizationsResolver, RegistrationHelpResolver] })
export class OrganizationsApiModule {}
