import { Controller, Get, Header, HttpCode, Post, Req, StreamableFile, UseFilters, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { type Actor, CurrentActor, Role, Roles } from '@app/common';
import { buildLedgerTemplate, LedgerFileError, LedgerFileReason, WorkerImportService } from '@app/workers';
import { DomainErrorFilter } from '../common/domain-error.filter.js';
import { LedgerLimitFilter } from './ledger-limit.filter.js';
import { UploadErrorsFilter } from './upload-errors.filter.js';
import { type WorkerImportResponse, toImportResponse } from './worker-import.response.js';

export const MAX_LEDGER_BYTES = 20 * 1024 * 1024;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What multer leaves on the request for a file held in memory. */
interface UploadedLedger {
  originalname: string;
  size: number;
  buffer: Buffer;
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
  constructor(private readonly imports: WorkerImportService) {}

  @Post()
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_LEDGER_BYTES, files: 1 } }))
  async importWorkers(@CurrentActor() actor: Actor, @Req() request: { file?: UploadedLedger }): Promise<WorkerImportResponse> {
    // The file is taken from the request rather than @UploadedFile(): global pipes would walk the whole buffer.
    const file = request.file;
    if (!file) throw new LedgerFileError(LedgerFileReason.FILE_REQUIRED);
    if (file.size === 0) throw new LedgerFileError(LedgerFileReason.FILE_EMPTY);
    const result = await this.imports.importLedger(actor, { fileName: file.originalname, bytes: file.buffer });
    return toImportResponse(result);
  }

  @Get('template.xlsx')
  @Header('Content-Type', XLSX_TYPE)
  @Header('Content-Disposition', `attachment; filename="worker-ledger-template.xlsx"; filename*=UTF-8''${encodeURIComponent('劳动力台账导入模板.xlsx')}`)
  async template(): Promise<StreamableFile> {
    return new StreamableFile(await buildLedgerTemplate());
  }
}
