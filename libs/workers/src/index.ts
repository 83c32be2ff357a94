export { ageOnFirstOfJanuary, idCheckCharacter, idNumberFacts, idNumberProblem, maskIdNumber, normalizeIdNumber, type IdNumberProblem } from './id-number.js';
export { maskMobile, normalizeMobile } from './phone.js';
export { Gender, LaborCapacity, RegistrationStatus, RevealPurpose, REVEAL_PURPOSE_LABELS, SeekingStatus, WorkerCategory } from './worker-enums.js';
export { WorkerEntity } from './entities/worker.entity.js';
export { HouseholdEntity } from './entities/household.entity.js';
export { WorkerCategoryEntity } from './entities/worker-category.entity.js';
export { IdNumberVault, type SealedIdNumber } from './services/id-number-vault.js';
export { WorkerLinksSource } from './services/worker-links.js';
export { categoryDateKey, WorkersService, type NewWorker, type WorkerChanges, type WorkerFilter, type WorkerProfile } from './services/workers.service.js';
export { canManageWorker, canSeePhone, canSeeWorker, isAgencysOwnWorker, workerAccess, type WorkerLinks, type WorkerView } from './worker-access.js';
export { WorkerEntrustmentEntity } from './entities/worker-entrustment.entity.js';
export { ConsentKind, EntrustmentStatus, entrustmentInForceSql, isEntrustmentInForce, LIVE_ENTRUSTMENT_STATUSES } from './entrustment.js';
export { EntrustmentsService, type EntrustmentFilter, type RecordedConsent } from './services/entrustments.service.js';
export { WorkersModule } from './workers.module.js';
export { RegistrationReviewService } from './services/registration-review.service.js';
export {
  WorkerImportService,
  type WorkerImportOptions,
  type WorkerImportProgress,
  type WorkerImportResult,
  type WorkerLedgerCheck,
} from './services/worker-import.service.js';
export { LEDGER_COLUMNS, type LedgerColumn, type LedgerColumnKey } from './import/ledger-columns.js';
export { buildLedgerTemplate, GUIDE_SHEET_NAME, LEDGER_SHEET_NAME } from './import/ledger-template.js';
export { LEDGER_FILE_MESSAGES, LedgerFileError, LedgerFileReason, LedgerTooLargeError } from './import/ledger.exception.js';
export { LEDGER_LIMITS, type LedgerLimits } from './import/ledger-limits.js';
export { readLedger, type LedgerSheet, type LedgerSource, type RawLedgerRow } from './import/ledger-reader.js';
export type { LedgerError } from './import/ledger-row.js';
export * from './worker.exception.js';
