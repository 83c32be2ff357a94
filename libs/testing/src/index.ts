export { randomCreditCode, randomIdNumber, randomMobile, uniqueUsername } from './factories.js';
export { idNumberProblem } from '@app/workers';
