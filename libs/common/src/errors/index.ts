export * from './messages.js';
export * from './domain-error.js';
export * from './common.errors.js';
export * from './postgres-errors.js';
export * from './system-messages.js';
