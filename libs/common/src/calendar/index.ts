export * from './china-date.js';
export * from './parse-date.js';
export * from './is-calendar-date.validator.js';
