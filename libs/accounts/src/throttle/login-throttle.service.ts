import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ThrottleScope } from '../entities/login-throttle.entity.js';
import { KNOWN_ADDRESS_DAYS, secondsUntil, THROTTLE_RULES } from './throttle-policy.js';

/** One counted attempt: what to undo if it turns out not to be a failure. */
interface Reservation {
  scope: ThrottleScope;
  key: string;
  /** The lock this attempt set for the ones after it, if any, as PostgreSQL wrote it (a Date would lose the microseconds). */
  lockedUntil: string | null;
}

export type Admission = { admitted: true; reservations: Reservation[] } | { admitted: false; retryAfterSeconds: number };

/** Rows idle this long are deleted (a count forgotten, an address no longer known). */
const PRUNE_AFTER_DAYS = KNOWN_ADDRESS_DAYS;

/**
 * Counts password checks per account name and per client address, in the database, so the limits hold across restarts
 * and processes. An attempt is counted *before* its password is checked and un-counted when it succeeds: fifty guesses
 * sent at once are fifty counted attempts, not fifty checks that all ran before the first failure was written.
 */
@Injectable()
export class LoginThrottleService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Lets one password check through, or says how long to wait. A locked scope is not counted again (waiting is not
   * guessing), and a refusal by the address un-counts the account, so nothing is charged for a check that never ran.
   */
  async admit(accountKey: string, address: string | null): Promise<Admission> {
    const reservations: Reservation[] = [];
    const scopes: Array<[ThrottleScope, string]> = [[ThrottleScope.ACCOUNT, accountKey]];
    if (address) scopes.push([ThrottleScope.ADDRESS, address]);
    for (const [scope, key] of scopes) {
      const result = await this.reserve(scope, key);
      if ('retryAfterSeconds' in result) {
        await Promise.all(reservations.map((r) => this.release(r)));
        return { admitted: false, retryAfterSeconds: result.retryAfterSeconds };
      }
      reservations.push(result);
    }
    return { admitted: true, reservations };
  }

  /** The password was right: the account starts again from zero; the address only gets this attempt back. */
  async succeeded(reservations: Reservation[]): Promise<void> {
    for (const r of reservations) {
      if (r.scope === ThrottleScope.ACCOUNT) await this.dataSource.query(`DELETE FROM "login_throttles" WHERE "scope" = $1 AND "key" = $2`, [r.scope, r.key]);
      else await this.release(r);
    }
  }

  /** Whether the account signed in successfully from this address within the last KNOWN_ADDRESS_DAYS days. */
  async isKnownAddress(accountId: string, address: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM "login_known_addresses" WHERE "account_id" = $1 AND "address" = $2 AND "last_success_at" > now() - make_interval(days => $3)`,
      [accountId, address, KNOWN_ADDRESS_DAYS],
    );
    return rows.length > 0;
  }

  async rememberAddress(accountId: string, address: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO "login_known_addresses" ("account_id", "address", "last_success_at") VALUES ($1, $2, now())
       ON CONFLICT ("account_id", "address") DO UPDATE SET "last_success_at" = now()`,
      [accountId, address],
    );
  }

  /** Deletes what nothing needs any more; cheap (indexed), run after a failure so the tables stay as small as the attacks. */
  async prune(): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM "login_throttles" WHERE ctid IN (SELECT ctid FROM "login_throttles" WHERE "last_failure_at" < now() - make_interval(days => $1) AND ("locked_until" IS NULL OR "locked_until" < now()) LIMIT 500)`,
      [PRUNE_AFTER_DAYS],
    );
    await this.dataSource.query(
      `DELETE FROM "login_known_addresses" WHERE ctid IN (SELECT ctid FROM "login_known_addresses" WHERE "last_success_at" < now() - make_interval(days => $1) LIMIT 500)`,
      [KNOWN_ADDRESS_DAYS],
    );
  }

  /**
   * One statement, so two processes counting the same name cannot both read 4 and write 5: adds this attempt (from zero
   * when the last failure is older than the rule forgets) and sets the lock the count has earned, unless a lock is
   * still running, in which case nothing changes and no row comes back.
   */
  private async reserve(scope: ThrottleScope, key: string): Promise<Reservation | { retryAfterSeconds: number }> {
    const rule = THROTTLE_RULES[scope];
    const next = `(CASE WHEN t."last_failure_at" < now() - make_interval(secs => $6) THEN 1 ELSE t."failures" + 1 END)`;
    const lock = (n: string) =>
      `(CASE WHEN ${n} >= $3 THEN now() + make_interval(secs => LEAST($5::float8, $4::float8 * power(2::float8, LEAST(${n} - $3, 30)))) END)`;
    const rows: Array<{ locked_until: string | null }> = await this.dataSource.query(
      `INSERT INTO "login_throttles" AS t ("scope", "key", "failures", "last_failure_at", "locked_until")
       VALUES ($1, $2, 1, now(), ${lock('1')})
       ON CONFLICT ("scope", "key") DO UPDATE SET "failures" = ${next}, "last_failure_at" = now(), "locked_until" = ${lock(next)}
       WHERE t."locked_until" IS NULL OR t."locked_until" <= now()
       RETURNING t."locked_until"::text AS "locked_until"`,
      [scope, key, rule.free, rule.firstWaitSeconds, rule.maxWaitSeconds, rule.forgetAfterSeconds],
    );
    if (rows.length) return { scope, key, lockedUntil: rows[0].locked_until };
    const [row]: Array<{ locked_until: Date | null; now: Date }> = await this.dataSource.query(
      `SELECT "locked_until", now() AS now FROM "login_throttles" WHERE "scope" = $1 AND "key" = $2`,
      [scope, key],
    );
    return { retryAfterSeconds: row?.locked_until ? secondsUntil(row.locked_until, row.now) : 1 };
  }

  /** Takes back one counted attempt, and the lock it set (the lock before it had run out, or it would not have been let through). */
  private async release(r: Reservation): Promise<void> {
    await this.dataSource.query(
      `UPDATE "login_throttles" SET "failures" = GREATEST("failures" - 1, 0),
              "locked_until" = CASE WHEN "locked_until" IS NOT DISTINCT FROM $3::timestamptz THEN NULL ELSE "locked_until" END
        WHERE "scope" = $1 AND "key" = $2`,
      [r.scope, r.key, r.lockedUntil],
    );
  }
}
