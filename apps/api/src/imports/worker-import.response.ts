import type { LedgerError, WorkerImportResult } from '@app/workers';

/** More errors than this are counted but not listed: a broken 100k-row file should not answer with megabytes. */
export const MAX_ERRORS_LISTED = 1_000;

export interface WorkerImportResponse {
  total: number;
  imported: number;
  skipped: number;
  failed: number;
  /** The first MAX_ERRORS_LISTED errors, by row. */
  errors: LedgerError[];
  /** All errors found (a row may have several). */
  errorCount: number;
  /** True when `errors` lists only the first MAX_ERRORS_LISTED of them. */
  errorsTruncated: boolean;
}

export function toImportResponse(result: WorkerImportResult): WorkerImportResponse {
  return {
    total: result.total,
    imported: result.imported,
    skipped: result.skipped,
    failed: result.failed,
    errors: result.errors.slice(0, MAX_ERRORS_LISTED),
    errorCount: result.errors.length,
    errorsTruncated: result.errors.length > MAX_ERRORS_LISTED,
  };
}
