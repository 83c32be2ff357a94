import { ThrottleScope } from '../entities/login-throttle.entity.js';
import { secondsUntil, THROTTLE_RULES, waitAfter } from './throttle-policy.js';

describe('login back-off', () => {
  const account = THROTTLE_RULES[ThrottleScope.ACCOUNT];
  const address = THROTTLE_RULES[ThrottleScope.ADDRESS];

  it('lets four failures pass, then waits 1 s after the fifth and doubles after each further one', () => {
    expect([1, 2, 3, 4].map((n) => waitAfter(account, n))).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 14].map((n) => waitAfter(account, n))).toEqual([1, 2, 4, 8, 512]);
  });

  it('caps the wait at 15 minutes, however long the attack runs', () => {
    expect(waitAfter(account, 15)).toBe(900);
    expect(waitAfter(account, 10_000)).toBe(900);
  });

  it('gives an address twenty free failures', () => {
    expect(waitAfter(address, 19)).toBe(0);
    expect(waitAfter(address, 20)).toBe(1);
  });

  it('rounds the remaining wait up to whole seconds, never below one', () => {
    const now = new Date('2026-12-03T10:00:00.000Z');
    expect(secondsUntil(new Date('2026-12-03T10:00:01.200Z'), now)).toBe(2);
    expect(secondsUntil(new Date('2026-12-03T09:59:59.000Z'), now)).toBe(1);
  });
});
