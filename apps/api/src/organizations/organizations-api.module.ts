import { Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { OrganizationsModule } from '@app/organizations';
import { OrganizationsResolver } from './organizations.resolver.js';

@Module({ imports: [OrganizationsModule, AccountsModule], providers: [OrganizationsResolver] })
export class OrganizationsApiModule {}
