import { type ArgumentsHost, Catch, type ExceptionFilter, HttpStatus } from '@nestjs/common';
import { localize } from '@app/common';
import { LedgerTooLargeError } from '@app/workers';
import { requestLanguageOf } from '../common/domain-error.filter.js';

interface JsonResponse {
  status(code: number): { json(body: unknown): void };
}

/**
 * A ledger beyond the reader's limits (a zip bomb, too many rows) is too large a payload, as a file over the upload
 * cap is: 413 with the body of every other file problem (`code`, `reason`, `fields`, the message naming the limit).
 */
@Catch(LedgerTooLargeError)
export class LedgerLimitFilter implements ExceptionFilter {
  catch(error: LedgerTooLargeError, host: ArgumentsHost): void {
    const language = requestLanguageOf(host);
    const statusCode = HttpStatus.PAYLOAD_TOO_LARGE;
    host
      .switchToHttp()
      .getResponse<JsonResponse>()
      .status(statusCode)
      .json({ statusCode, message: localize(error.text, language), ...error.extensions(language) });
  }
}
