export * from './cursor.js';
export * from './connection.js';
