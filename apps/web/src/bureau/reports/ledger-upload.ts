import { authorization, routeError } from './rest-files';

/** The answer of POST /imports/workers (docs/api.md, Worker ledger import). */
export interface LedgerImportResult {
  total: number;
  imported: number;
  skipped: number;
  failed: number;
  errors: Array<{ row: number; column: string; message: string }>;
  errorCount: number;
  errorsTruncated: boolean;
}

/** Bytes sent so far of the whole request, for a progress bar (a 20 MB ledger on a county line takes a while). */
export type UploadProgress = (sent: number, total: number) => void;

/**
 * Sends a ledger as multipart field `file`. XMLHttpRequest rather than fetch: only it reports upload progress.
 * Resolves with the response body as text and its headers, or rejects with RouteError in Chinese.
 */
export function postLedger(
  url: string,
  file: File,
  token: string,
  onProgress: UploadProgress,
  responseType: 'text' | 'blob' = 'text',
): Promise<XMLHttpRequest> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    for (const [name, value] of Object.entries(authorization(token))) request.setRequestHeader(name, value);
    request.responseType = responseType;
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded, event.total);
    };
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) {
        resolve(request);
        return;
      }
      const body: unknown = request.response;
      if (body instanceof Blob) void body.text().then((text) => reject(routeError(request.status, text)));
      else reject(routeError(request.status, typeof body === 'string' ? body : ''));
    };
    request.onerror = () => reject(routeError(0, ''));
    const form = new FormData();
    form.append('file', file);
    request.send(form);
  });
}

export async function importLedger(file: File, token: string, onProgress: UploadProgress): Promise<LedgerImportResult> {
  const request = await postLedger('/imports/workers', file, token, onProgress);
  return JSON.parse(request.responseText) as LedgerImportResult;
}

/** The failing rows of the same file as a workbook to fix (POST /imports/workers/check.xlsx). */
export async function failingRowsWorkbook(file: File, token: string, onProgress: UploadProgress): Promise<Blob> {
  const request = await postLedger('/imports/workers/check.xlsx', file, token, onProgress, 'blob');
  return request.response as Blob;
}
