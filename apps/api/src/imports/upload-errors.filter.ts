import {
  type ArgumentsHost,
  BadRequestException,
  Catch,
  type ExceptionFilter,
  HttpException,
  PayloadTooLargeException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { localize } from '@app/common';
import { LedgerFileError, LedgerFileReason } from '@app/workers';
import { requestLanguageOf } from '../common/domain-error.filter.js';

interface JsonResponse {
  status(code: number): { json(body: unknown): void };
}

/** What multer keeps of its own error (Nest passes it on as the exception's cause). */
interface MulterCause {
  code?: string;
  field?: string;
}

/**
 * Multer's and busboy's refusals of an upload ("Unexpected file field", "File too large", "Multipart: Boundary not
 * found") are English and carry no reason: answer them like every other file problem, with a reason of the ledger
 * catalogue, the `file` field, and a message in the request's language. The upload route throws no other HTTP
 * exceptions of these kinds (its own input problems are domain errors).
 */
@Catch(PayloadTooLargeException, BadRequestException, UnsupportedMediaTypeException)
export class UploadErrorsFilter implements ExceptionFilter {
  constructor(private readonly limitBytes: number) {}

  catch(exception: HttpException, host: ArgumentsHost): void {
    const error = this.errorOf(exception);
    const language = requestLanguageOf(host);
    const statusCode = exception.getStatus();
    host
      .switchToHttp()
      .getResponse<JsonResponse>()
      .status(statusCode)
      .json({ statusCode, message: localize(error.text, language), ...error.extensions(language) });
  }

  private errorOf(exception: HttpException): LedgerFileError {
    if (exception instanceof PayloadTooLargeException) {
      return new LedgerFileError(LedgerFileReason.FILE_TOO_LARGE, { megabytes: Math.round(this.limitBytes / 1024 / 1024) });
    }
    const cause = (exception.cause ?? {}) as MulterCause;
    if (cause.code === 'LIMIT_UNEXPECTED_FILE') {
      return new LedgerFileError(LedgerFileReason.UPLOAD_WRONG_FIELD, { name: (cause.field ?? '').slice(0, 50) });
    }
    if (cause.code === 'LIMIT_FILE_COUNT') return new LedgerFileError(LedgerFileReason.UPLOAD_TOO_MANY_FILES);
    return new LedgerFileError(LedgerFileReason.UPLOAD_MALFORMED);
  }
}
