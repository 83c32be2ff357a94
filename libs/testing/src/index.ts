export { randomCreditCode, randomIdNumber, randomMobile, uniqueUsername } from './factories.js';
export { idNumberProblem } from '@app/workers';
export { waitForIndexing, type WaitForIndexingOptions } from './wait-for-indexing.js';
export { ledgerBombXlsx, sheetRow, type SheetXml, xlsxOf, type ZipPart, zipOf } from './zip-files.js';
