import { Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { AccountLifecycleResolver } from './account-lifecycle.resolver.js';
import { AccountsResolver } from './accounts.resolver.js';

@Module({ imports: [AccountsModule], providers: [AccountsResolver, AccountLifecycleResolver] })
export class AccountsApiModule {}
