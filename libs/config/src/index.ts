export { AppConfig } from './app-config.js';
export { ConfigError, validateConfig } from './validate-config.js';
export { withDevelopmentSecrets } from './development-secrets.js';
export { developmentSecretProblems } from './production-secrets.js';
export { AppConfigModule } from './config.module.js';
