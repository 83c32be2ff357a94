export { randomCreditCode, randomIdNumber, randomMobile, uniqueUsername } from './factories.js';
export { idNumberProblem } from '@app/workers';
export { waitForIndexing, type WaitForIndexingOptions } from './wait-for-indexing.js';
