import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { ActorSource } from '@app/common';
import { OrganizationsModule } from '@app/organizations';
import { RegionsModule } from '@app/regions';
import { AccountEntity } from './entities/account.entity.js';
import { LoginKnownAddressEntity } from './entities/login-known-address.entity.js';
import { LoginThrottleEntity } from './entities/login-throttle.entity.js';
import { AccountActorSource } from './services/account-actor-source.js';
import { AccountLifecycleService } from './services/account-lifecycle.service.js';
import { AccountsService } from './services/accounts.service.js';
import { TokenService } from './services/token.service.js';
import { LoginThrottleService } from './throttle/login-throttle.service.js';
import { SignInLimiter } from './throttle/sign-in-limiter.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([AccountEntity, LoginThrottleEntity, LoginKnownAddressEntity]),
    JwtModule.register({}),
    RegionsModule,
    OrganizationsModule,
    AuditModule,
  ],
  providers: [
    AccountsService,
    AccountLifecycleService,
    TokenService,
    LoginThrottleService,
    SignInLimiter,
    { provide: ActorSource, useClass: AccountActorSource },
  ],
  exports: [AccountsService, AccountLifecycleService, TokenService, ActorSource],
})
export class AccountsModule {}
