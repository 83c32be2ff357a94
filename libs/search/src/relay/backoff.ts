/**
 * A failed event is retried after base × 2^(attempts−1), ±20 % jitter so relays do not retry in step: about half a
 * second, then 1, 2, 4 s, then every 5 s. The cap is low on purpose: after a Meilisearch outage of any length the index
 * must catch up within seconds of its return, and a retry against an unreachable server costs nothing.
 * Computed in SQL when the failure is recorded.
 */
export const BACKOFF_BASE_MS = 500;
export const BACKOFF_MAX_MS = 5_000;
