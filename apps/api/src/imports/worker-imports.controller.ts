import type { ServerResponse } from 'node:http';
import { Controller, Get, Header, HttpCode, Logger, Post, Req, Res, StreamableFile, UseFilters, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { type Actor, CurrentActor, Role, Roles } from '@app/common';
import { buildLedgerTemplate, LedgerFileError, LedgerFileReason, WorkerImportService } from '@app/workers';
import { DomainErrorFilter } from '../common/domain-error.filter.js';
import { writeLedgerErrors } from './ledger-errors.workbook.js';
import { LedgerLimitFilter } from './ledger-limit.filter.js';
import { UploadErrorsFilter } from './upload-errors.filter.js';
import { type WorkerImportResponse, toImportResponse } from './worker-import.response.js';

export const MAX_LEDGER_BYTES = 20 * 1024 * 1024;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const UPLOAD_LIMITS = { limits: { fileSize: MAX_LEDGER_BYTES, files: 1 } };

/** What multer leaves on the request for a file held in memory. */
interface UploadedLedger {
  originalname: string;
  size: number;
  buffer: Buffer;
}

/** The file is taken from the request rather than @UploadedFile(): global pipes would walk the whole buffer. */
function uploadedLedger(request: { file?: UploadedLedger }): UploadedLedger {
  const file = request.file;
  if (!file) throw new LedgerFileError(LedgerFileReason.FILE_REQUIRED);
  if (file.size === 0) throw new LedgerFileError(LedgerFileReason.FILE_EMPTY);
  return file;
}

/**
 * Worker ledger (台账) import over REST: spreadsheets are uploaded as multipart files, which GraphQL does not carry.
 * A BUREAU imports workers of its jurisdiction (rows of other counties come back as row errors), an AGENT for its agency.
 */
@Controller('imports/workers')
@Roles(Role.BUREAU, Role.AGENT)
// Nest tries the last filter first: a ledger over the reader's limits is a 413 before it is a domain error.
@UseFilters(DomainErrorFilter, new UploadErrorsFilter(MAX_LEDGER_BYTES), new LedgerLimitFilter())
export class WorkerImportsController {
  private readonly logger = new Logger(WorkerImportsController.name);

  constructor(private readonly imports: WorkerImportService) {}

  @Post()
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('file', UPLOAD_LIMITS))
  async importWorkers(@CurrentActor() actor: Actor, @Req() request: { file?: UploadedLedger }): Promise<WorkerImportResponse> {
    const file = uploadedLedger(request);
    const result = await this.imports.importLedger(actor, { fileName: file.originalname, bytes: file.buffer });
    return toImportResponse(result);
  }

  /**
   * The same file checked exactly as the import checks it, imported not: its failing rows come back as a workbook to
   * fix and upload again. The file's content goes back only in this answer (no-store), to the account that sent it.
   */
  @Post('check.xlsx')
  @UseInterceptors(FileInterceptor('file', UPLOAD_LIMITS))
  async failingRows(@CurrentActor() actor: Actor, @Req() request: { file?: UploadedLedger }, @Res() response: ServerResponse): Promise<void> {
    const file = uploadedLedger(request);
    // Every problem of the file or the caller is thrown here, before the first byte, so it is still a JSON answer.
    const check = await this.imports.checkLedger(actor, { fileName: file.originalname, bytes: file.buffer });
    response.statusCode = 200;
    response.setHeader('Content-Type', XLSX_TYPE);
    response.setHeader('Cache-Control', 'no-store');
    response.setHeader('X-Ledger-Total', String(check.total));
    response.setHeader('X-Ledger-Failed', String(check.failed));
    response.setHeader(
      'Content-Disposition',
      `attachment; filename="worker-ledger-errors.xlsx"; filename*=UTF-8''${encodeURIComponent('台账待修改的行.xlsx')}`,
    );
    try {
      await writeLedgerErrors(response, check.failingRows, check.errors);
    } catch (error) {
      // Bytes have gone out: cut the download short rather than hand over half a file. The error names no cell.
      this.logger.error({ err: { name: (error as Error).name } }, 'Ledger error workbook failed while streaming');
      response.destroy(error as Error);
    }
  }

  @Get('template.xlsx')
  @Header('Content-Type', XLSX_TYPE)
  @Header('Content-Disposition', `attachment; filename="worker-ledger-template.xlsx"; filename*=UTF-8''${encodeURIComponent('劳动力台账导入模板.xlsx')}`)
  async template(): Promise<StreamableFile> {
    return new StreamableFile(await buildLedgerTemplate());
  }
}
