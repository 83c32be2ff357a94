import { Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { AccountsResolver } from './accounts.resolver.js';

@Module({ imports: [AccountsModule], providers: [AccountsResolver] })
export class AccountsApiModule {}
