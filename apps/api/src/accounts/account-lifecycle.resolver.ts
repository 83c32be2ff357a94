import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { AccountLifecycleService } from '@app/accounts';
import { type Actor, CurrentActor, IdArg, Role, Roles } from '@app/common';
import { Account, AuthPayload, toAccount } from './account.type.js';
import { ChangePasswordInput } from './change-password.input.js';
import { type AccountsContext, clientAddressOf, withRetryAfter } from './request-context.js';

@Resolver(() => Account)
export class AccountLifecycleResolver {
  constructor(private readonly lifecycle: AccountLifecycleService) {}

  @Mutation(() => AuthPayload, {
    description:
      'A new password for the signed-in account. The current password is checked under the login limits; every other session ends and the answer carries a fresh token. Audited.',
  })
  async changePassword(@CurrentActor() actor: Actor, @Args('input') input: ChangePasswordInput, @Context() context: AccountsContext): Promise<AuthPayload> {
    const { accessToken, account } = await withRetryAfter(context, () =>
      this.lifecycle.changePassword(actor, input.currentPassword, input.newPassword, clientAddressOf(context)),
    );
    return { accessToken, account: toAccount(account) };
  }

  @Mutation(() => Boolean, { description: 'Signs the account out everywhere: every token issued to it so far is refused from now on. Audited.' })
  async logout(@CurrentActor() actor: Actor): Promise<boolean> {
    await this.lifecycle.logout(actor);
    return true;
  }

  @Roles(Role.ADMIN, Role.BUREAU)
  @Mutation(() => Account, {
    description:
      'Disables an account: its tokens and its logins are refused until enableAccount. ADMIN: any other account; BUREAU: non-ADMIN accounts whose region lies in its jurisdiction. Audited with the reason.',
  })
  async disableAccount(
    @CurrentActor() actor: Actor,
    @IdArg('id') id: string,
    @Args('reason', { description: 'Why (2 to 500 characters), kept on the account and in the audit log' }) reason: string,
  ): Promise<Account> {
    return toAccount(await this.lifecycle.disable(actor, id, reason));
  }

  @Roles(Role.ADMIN, Role.BUREAU)
  @Mutation(() => Account, { description: 'Enables a disabled account again (who may: as disableAccount). Its old tokens stay refused. Audited.' })
  async enableAccount(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<Account> {
    return toAccount(await this.lifecycle.enable(actor, id));
  }
}
