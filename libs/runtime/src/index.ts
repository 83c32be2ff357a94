export { prepareRuntime, exitOnStartupFailure, type Runtime, type RuntimeOptions } from './prepare-runtime.js';
export { runUntilStopped, type Closable } from './run-until-stopped.js';
