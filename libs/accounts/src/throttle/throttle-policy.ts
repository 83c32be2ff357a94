import { ThrottleScope } from '../entities/login-throttle.entity.js';

export interface ThrottleRule {
  /** Failures in a row that cost nothing (typos); the next ones wait. */
  free: number;
  /** The wait after the last free failure; it doubles with each further failure. */
  firstWaitSeconds: number;
  maxWaitSeconds: number;
  /** A count not added to for this long starts again from zero. */
  forgetAfterSeconds: number;
}

/**
 * The rules (docs/domain.md, "Rules we chose"). An account name: five failures free, then 1 s, 2 s, 4 s … capped at
 * 15 minutes, forgotten after a day without failures, reset by a success. An address: twenty free (a bureau office of
 * thirty people behind one NAT mistypes a few times a morning), then the same back-off, forgotten after an hour;
 * accounts that signed in from that address before are not held back by it (see LoginThrottleService).
 */
export const THROTTLE_RULES: Readonly<Record<ThrottleScope, ThrottleRule>> = {
  [ThrottleScope.ACCOUNT]: { free: 5, firstWaitSeconds: 1, maxWaitSeconds: 15 * 60, forgetAfterSeconds: 24 * 3600 },
  [ThrottleScope.ADDRESS]: { free: 20, firstWaitSeconds: 1, maxWaitSeconds: 15 * 60, forgetAfterSeconds: 3600 },
};

/** How long an address stays "known" for an account after its last successful sign-in from it. */
export const KNOWN_ADDRESS_DAYS = 30;

/** Beyond this the doubling has long reached the cap; keeps 2^n finite however long an attack runs. */
const MAX_DOUBLINGS = 30;

/** Seconds to wait after the `failures`-th failure in a row (0 while the failures are free). */
export function waitAfter(rule: ThrottleRule, failures: number): number {
  if (failures < rule.free) return 0;
  const doublings = Math.min(failures - rule.free, MAX_DOUBLINGS);
  return Math.min(rule.maxWaitSeconds, rule.firstWaitSeconds * 2 ** doublings);
}

/** Whole seconds until `until`, at least 1 (a client told 0 would retry at once and be refused again). */
export function secondsUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
}
