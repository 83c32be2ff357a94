export { prepareRuntime, exitOnStartupFailure, type Runtime, type RuntimeOptions } from './prepare-runtime.js';
