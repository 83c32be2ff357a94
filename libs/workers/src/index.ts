export { idCheckCharacter, idNumberFacts, idNumberProblem, maskIdNumber, normalizeIdNumber, type IdNumberProblem } from './id-number.js';
