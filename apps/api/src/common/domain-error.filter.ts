import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import { DomainError, type ErrorCode } from '@app/common';

interface JsonResponse {
  status(code: number): { json(body: unknown): void };
}

const STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

/**
 * Domain errors on REST routes (file upload and download): the same codes and messages GraphQL clients get, as an
 * HTTP status and a JSON body `{ statusCode, code, message, fields? }`. Without it Nest would answer them with 500.
 */
@Catch(DomainError)
export class DomainErrorFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<JsonResponse>();
    const statusCode = STATUS[error.code];
    response.status(statusCode).json({ statusCode, code: error.code, message: error.message, ...error.details });
  }
}
