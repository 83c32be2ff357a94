import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { type Actor, assertCanSeeRegion, InvalidInputError, OutsideJurisdictionError, Role, RoleRequiredError, textProblem } from '@app/common';
import { AuditService } from '@app/audit';
import { AccountError, AccountErrorReason, AccountFieldReason, AccountInputError } from '../account.exception.js';
import { AccountEntity } from '../entities/account.entity.js';
import { SignInLimiter } from '../throttle/sign-in-limiter.js';
import { hashPassword } from './password-hasher.js';
import type { SignedIn } from './accounts.service.js';
import { TokenService } from './token.service.js';

export const DISABLE_REASON_MIN = 2;
export const DISABLE_REASON_MAX = 500;

/**
 * What happens to an account after it exists: a new password, signing out, disabling and enabling. Each one bumps the
 * token version where earlier tokens must stop working, and each one is audited in the same transaction.
 */
@Injectable()
export class AccountLifecycleService {
  constructor(
    @InjectRepository(AccountEntity) private readonly accounts: Repository<AccountEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly limiter: SignInLimiter,
    private readonly audit: AuditService,
  ) {}

  /**
   * The current password is checked under the same limits as a login (a stolen token must not become a way to guess
   * the password). Every other session ends; the answer carries a fresh token for this one.
   */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string, clientAddress: string | null): Promise<SignedIn> {
    const account = await this.require(actor.accountId);
    const check = await this.limiter.check(account.username, account, currentPassword, clientAddress, AccountErrorReason.PASSWORD_CHECK_THROTTLED);
    if (!check.ok) throw new AccountInputError('currentPassword', AccountFieldReason.CURRENT_PASSWORD_WRONG);
    await this.limiter.accept(check, account.id);
    if (newPassword === currentPassword) throw new AccountInputError('newPassword', AccountFieldReason.NEW_PASSWORD_UNCHANGED);
    // bcrypt is slow on purpose: hash before the transaction so no connection is held while it runs.
    const passwordHash = await hashPassword(newPassword);
    const changed = await this.dataSource.transaction(async (manager) => {
      const updated = await this.bump(manager, account.id, { password_hash: passwordHash });
      await this.audit.record({ actorAccountId: actor.accountId, action: 'account.password_changed', subjectType: 'account', subjectId: account.id }, manager);
      return updated;
    });
    return { accessToken: await this.tokens.issue(changed.id, changed.tokenVersion), account: changed };
  }

  /** Ends every session of the account (tokens are per account, not per device): each token issued so far is refused. */
  async logout(actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.bump(manager, actor.accountId, {});
      await this.audit.record({ actorAccountId: actor.accountId, action: 'account.logged_out', subjectType: 'account', subjectId: actor.accountId }, manager);
    });
  }

  /** Disabling an account that is already disabled changes nothing (and keeps the first reason). */
  async disable(actor: Actor, accountId: string, reason: string): Promise<AccountEntity> {
    const text = reason.trim();
    const invisible = textProblem('reason', text);
    if (invisible) throw new InvalidInputError([invisible]);
    if (text.length < DISABLE_REASON_MIN || text.length > DISABLE_REASON_MAX) {
      throw new AccountInputError('reason', AccountFieldReason.DISABLE_REASON_LENGTH, { min: DISABLE_REASON_MIN, max: DISABLE_REASON_MAX });
    }
    const target = await this.require(accountId);
    if (target.id === actor.accountId) throw new AccountError(AccountErrorReason.CANNOT_DISABLE_SELF, { field: 'id' });
    this.assertMayManage(actor, target);
    if (target.disabledAt) return target;
    return this.dataSource.transaction(async (manager) => {
      const rows: Array<{ id: string }> = await manager.query(
        `UPDATE "accounts" SET "disabled_at" = now(), "disabled_reason" = $2, "disabled_by" = $3, "token_version" = "token_version" + 1
          WHERE "id" = $1 AND "disabled_at" IS NULL RETURNING "id"`,
        [target.id, text, actor.accountId],
      );
      if (rows.length) {
        await this.audit.record(
          {
            actorAccountId: actor.accountId,
            action: 'account.disabled',
            subjectType: 'account',
            subjectId: target.id,
            purpose: text,
            before: { disabled: false },
            after: { disabled: true },
          },
          manager,
        );
      }
      return manager.findOneByOrFail(AccountEntity, { id: target.id });
    });
  }

  /** Its old tokens stay refused (disabling bumped the version): the person signs in again. */
  async enable(actor: Actor, accountId: string): Promise<AccountEntity> {
    const target = await this.require(accountId);
    if (target.id === actor.accountId) throw new AccountError(AccountErrorReason.CANNOT_DISABLE_SELF, { field: 'id' });
    this.assertMayManage(actor, target);
    if (!target.disabledAt) return target;
    return this.dataSource.transaction(async (manager) => {
      const rows: Array<{ id: string }> = await manager.query(
        `UPDATE "accounts" SET "disabled_at" = NULL, "disabled_reason" = NULL, "disabled_by" = NULL WHERE "id" = $1 AND "disabled_at" IS NOT NULL RETURNING "id"`,
        [target.id],
      );
      if (rows.length) {
        await this.audit.record(
          {
            actorAccountId: actor.accountId,
            action: 'account.enabled',
            subjectType: 'account',
            subjectId: target.id,
            before: { disabled: true, reason: target.disabledReason },
            after: { disabled: false },
          },
          manager,
        );
      }
      return manager.findOneByOrFail(AccountEntity, { id: target.id });
    });
  }

  /**
   * ADMIN manages every account; a BUREAU the accounts whose region lies in its jurisdiction (bureau, organisation and
   * worker accounts there: the same rule as creating bureau accounts), never an ADMIN's.
   */
  private assertMayManage(actor: Actor, target: AccountEntity): void {
    if (actor.role === Role.ADMIN) return;
    if (actor.role !== Role.BUREAU) throw new RoleRequiredError([Role.ADMIN, Role.BUREAU]);
    if (target.role === Role.ADMIN) throw new AccountError(AccountErrorReason.ADMIN_DISABLED_BY_ADMIN_ONLY);
    if (!target.regionCode) throw new OutsideJurisdictionError();
    assertCanSeeRegion(actor, target.regionCode);
  }

  private async require(id: string): Promise<AccountEntity> {
    const account = await this.accounts.findOneBy({ id });
    if (!account) throw new AccountError(AccountErrorReason.ACCOUNT_NOT_FOUND, { field: 'id' });
    return account;
  }

  private async bump(manager: EntityManager, accountId: string, set: { password_hash?: string }): Promise<AccountEntity> {
    const extra = set.password_hash === undefined ? '' : ', "password_hash" = $2';
    const params = set.password_hash === undefined ? [accountId] : [accountId, set.password_hash];
    await manager.query(`UPDATE "accounts" SET "token_version" = "token_version" + 1${extra} WHERE "id" = $1`, params);
    return manager.findOneByOrFail(AccountEntity, { id: accountId });
  }
}
