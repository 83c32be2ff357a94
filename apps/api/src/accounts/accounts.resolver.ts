import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AccountsService } from '@app/accounts';
import { type Actor, CurrentActor, Public, Role, Roles } from '@app/common';
import { Account, AuthPayload, toAccount } from './account.type.js';
import { CreateAccountInput } from './create-account.input.js';
import { LoginInput } from './login.input.js';
import { type AccountsContext, clientAddressOf, withRetryAfter } from './request-context.js';

@Resolver(() => Account)
export class AccountsResolver {
  constructor(private readonly accounts: AccountsService) {}

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'Signs in. After 5 failures in a row for one name (or 20 from one address) the next attempts wait, 1 s doubling up to 15 minutes: LOGIN_THROTTLED with extensions.retryAfterSeconds and a Retry-After header, and no password is checked meanwhile',
  })
  async login(@Args('input') input: LoginInput, @Context() context: AccountsContext): Promise<AuthPayload> {
    const { accessToken, account } = await withRetryAfter(context, () => this.accounts.login(input.username, input.password, clientAddressOf(context)));
    return { accessToken, account: toAccount(account) };
  }

  @Query(() => Account, { description: 'The signed-in account' })
  async me(@CurrentActor() actor: Actor): Promise<Account> {
    return toAccount(await this.accounts.get(actor.accountId));
  }

  @Roles(Role.ADMIN, Role.BUREAU)
  @Mutation(() => Account, { description: 'ADMIN creates any staff or organisation account; a BUREAU creates BUREAU accounts in its jurisdiction' })
  async createAccount(@CurrentActor() actor: Actor, @Args('input') input: CreateAccountInput): Promise<Account> {
    return toAccount(await this.accounts.create(actor, input));
  }
}
