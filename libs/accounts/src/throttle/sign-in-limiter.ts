import { Injectable } from '@nestjs/common';
import { AccountErrorReason, ThrottledError } from '../account.exception.js';
import type { AccountEntity } from '../entities/account.entity.js';
import { verifyPassword } from '../services/password-hasher.js';
import { addressKey } from './client-address.js';
import { type Admission, LoginThrottleService } from './login-throttle.service.js';

export interface PasswordCheck {
  ok: boolean;
  reservations: Extract<Admission, { admitted: true }>['reservations'];
  address: string | null;
}

/** Throttle keys are bounded; NFKC can lengthen a name, and a name that long is no account's anyway. */
const MAX_KEY_LENGTH = 128;

/** Prune now and then, not on every failure: one indexed delete per fifty failures keeps the tables small. */
const PRUNE_EVERY = 50;

/**
 * Every password check goes through here (login, changePassword): the check is counted against the account name and
 * the client address first, and while either is locked no password is compared at all, so a locked account answers the
 * same to a right and a wrong password.
 */
@Injectable()
export class SignInLimiter {
  private failuresSincePrune = 0;

  constructor(private readonly throttle: LoginThrottleService) {}

  async check(
    username: string,
    account: AccountEntity | null,
    password: string,
    clientAddress: string | null,
    reason: AccountErrorReason.LOGIN_THROTTLED | AccountErrorReason.PASSWORD_CHECK_THROTTLED = AccountErrorReason.LOGIN_THROTTLED,
  ): Promise<PasswordCheck> {
    const address = addressKey(clientAddress);
    // Colleagues who signed in from this address before are held back only by their own account's count: one person
    // failing on a shared NAT cannot shut a whole bureau out (docs/domain.md, "Rules we chose").
    const exempt = account && address ? await this.throttle.isKnownAddress(account.id, address) : false;
    const admission = await this.throttle.admit(username.slice(0, MAX_KEY_LENGTH), exempt ? null : address);
    if (!admission.admitted) throw new ThrottledError(admission.retryAfterSeconds, reason);
    const ok = (await verifyPassword(password, account?.passwordHash)) && account !== null;
    if (!ok && ++this.failuresSincePrune >= PRUNE_EVERY) {
      this.failuresSincePrune = 0;
      await this.throttle.prune();
    }
    return { ok, reservations: admission.reservations, address };
  }

  /** The password was right and the account may sign in: its count starts again, and this address becomes known for it. */
  async accept(check: PasswordCheck, accountId: string): Promise<void> {
    await this.throttle.succeeded(check.reservations);
    if (check.address) await this.throttle.rememberAddress(accountId, check.address);
  }
}
