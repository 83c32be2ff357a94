export { freePort } from './free-port.js';
export { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './embedded-postgres.js';
export { startEmbeddedMeilisearch, meilisearchBinary, type EmbeddedMeilisearchHandle } from './embedded-meilisearch.js';
export { guardAgainstOrphans } from './orphan-guard.js';
export { startEmbeddedServices, type EmbeddedServices } from './embedded-services.js';
