export * from './errors/index.js';
export * from './auth/index.js';
export * from './jurisdiction/index.js';
export * from './pagination/index.js';
export { IsRegionCode } from './graphql/region-code.validator.js';
export { createValidationPipe } from './graphql/validation.pipe.js';
export { requestLoader, byKeys } from './graphql/request-loader.js';
export { IdArg } from './graphql/id-arg.js';
