import { Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { OrganizationsModule } from '@app/organizations';
import { RegionsModule } from '@app/regions';
import { WorkersModule } from '@app/workers';
import { OrganizationDirectoryResolver } from './organization-directory.resolver.js';
import { OrganizationsResolver } from './organizations.resolver.js';
import { RegistrationHelpResolver } from './registration-help.resolver.js';

@Module({
  imports: [OrganizationsModule, AccountsModule, RegionsModule, WorkersModule],
  providers: [OrganizationsResolver, OrganizationDirectoryResolver, RegistrationHelpResolver],
})
export class OrganizationsApiModule {}
