export * from './actor.js';
export * from './decorators.js';
export { AuthGuard } from './auth.guard.js';
