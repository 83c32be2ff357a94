export * from './domain-error.js';
export * from './postgres-errors.js';
