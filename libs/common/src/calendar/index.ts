export * from './china-date.js';
export * from './parse-date.js';
export * from './is-calendar-date.validator.js';
export * from './statistics-cycle.js';
