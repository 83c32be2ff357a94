/**
 * A failed event is retried after base × 2^(attempts−1), ±20 % jitter so relays do not retry in step: about half a
 * second, then 1, 2, 4 s... never more than five minutes apart. Computed in SQL when the failure is recorded.
 */
export const BACKOFF_BASE_MS = 500;
export const BACKOFF_MAX_MS = 5 * 60_000;
