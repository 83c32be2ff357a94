export { AccountEntity } from './entities/account.entity.js';
export { AccountsService, type NewAccount, type SignedIn } from './services/accounts.service.js';
export { TokenService } from './services/token.service.js';
export { actorOf } from './services/account-actor-source.js';
export { AccountsModule } from './accounts.module.js';
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, USERNAME_PATTERN, normalizeUsername } from './username.js';
export * from './account.exception.js';
