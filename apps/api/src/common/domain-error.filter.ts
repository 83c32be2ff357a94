import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import { DomainError, type ErrorCode, languageFromHeader, localize } from '@app/common';

interface JsonResponse {
  status(code: number): { json(body: unknown): void };
}

interface HeaderRequest {
  headers: Record<string, string | string[] | undefined>;
}

const STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

/** The language a REST request asked for (read from the request itself: uploads are parsed outside its context). */
export function requestLanguageOf(host: ArgumentsHost) {
  const header = host.switchToHttp().getRequest<HeaderRequest>().headers['accept-language'];
  return languageFromHeader(Array.isArray(header) ? header[0] : header);
}

/**
 * Domain errors on REST routes (file upload and download): the same codes, reasons and messages GraphQL clients get,
 * as an HTTP status and a JSON body `{ statusCode, code, reason, message, fields?, problems? }`. Without it Nest would
 * answer them with 500.
 */
@Catch(DomainError)
export class DomainErrorFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): void {
    const language = requestLanguageOf(host);
    const statusCode = STATUS[error.code];
    host
      .switchToHttp()
      .getResponse<JsonResponse>()
      .status(statusCode)
      .json({ statusCode, message: localize(error.text, language), ...error.extensions(language) });
  }
}
