export * from './cursor.js';
export * from './connection.js';
export { keysetPage } from './keyset-page.js';
