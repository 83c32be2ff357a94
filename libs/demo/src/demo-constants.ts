/** The one password of every demo account (documented in the README). */
export const DEMO_PASSWORD = 'demo-password';

/** The seed of the demo world: the same seed and scale give the same people, jobs and dates. */
export const DEMO_SEED = 'labour-match-demo-2025';

/** Workers at --scale 1. */
export const DEMO_WORKERS = 3_000;

export const DEMO_ADMIN = 'admin';

/** The worker with a login; its final application marks a complete demo seed. */
export const DEMO_WORKER = 'worker-demo';

/** Accounts with these names are the demo's: nothing else creates dashed role names (tests use role_xxxxxxxx). */
export const DEMO_USERNAME_PATTERN = '^(admin|worker-demo|(bureau|agent|employer|workshop|base|coop)-[a-z0-9-]+)$';

export const MAX_DEMO_SCALE = 100;
