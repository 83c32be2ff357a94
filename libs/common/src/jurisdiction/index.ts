export * from './jurisdiction.js';
