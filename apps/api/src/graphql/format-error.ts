import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException, Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { DomainError } from '@app/common';

const logger = new Logger('GraphQL');

const HTTP_CODES: Record<number, string> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'BAD_USER_INPUT',
};

/** Request-level codes Apollo itself assigns: safe to pass on, their messages describe the query, not the server. */
const APOLLO_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** Connection refused or dropped, server shutting down or starting: a passing outage, not a bug. */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006']);
const UNAVAILABLE_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);

function isDatabaseUnavailable(error: unknown): boolean {
  // The pg driver sometimes throws a plain object; graphql-js then wraps it and keeps it as `thrownValue`.
  const thrown = (error as { thrownValue?: unknown } | null)?.thrownValue;
  if (thrown !== undefined) return isDatabaseUnavailable(thrown);
  const e = error as { code?: string; driverError?: { code?: string }; message?: string } | null;
  const code = e?.driverError?.code ?? e?.code;
  if (code && (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_ERRNOS.has(code))) return true;
  return /Connection terminated|timeout exceeded when trying to connect|the database system is (starting up|shutting down)/i.test(e?.message ?? '');
}

/**
 * The one mapping from thrown errors to what a client sees: domain errors keep their message and code,
 * request errors keep Apollo's code, everything else becomes a masked INTERNAL_SERVER_ERROR (logged here).
 * Stack traces are only ever included with GRAPHQL_DEBUG.
 */
export function createErrorFormatter(debug: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { path: formatted.path, locations: formatted.locations };
    if (original instanceof DomainError) {
      return { ...base, message: original.message, extensions: { code: original.code, ...original.details } };
    }
    if (original instanceof HttpException && HTTP_CODES[original.getStatus()]) {
      const code = HTTP_CODES[original.getStatus()];
      return { ...base, message: original.message, extensions: { code } };
    }
    if (isDatabaseUnavailable(original)) {
      logger.warn('A GraphQL operation failed because the database is unreachable');
      return { ...base, message: 'The database is temporarily unavailable; please try again shortly', extensions: { code: 'SERVICE_UNAVAILABLE' } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && APOLLO_CODES.has(code)) {
      return { ...base, message: formatted.message, extensions: { code } };
    }
    logger.error({ err: original }, 'Unhandled error in a GraphQL operation');
    const extensions: Record<string, unknown> = { code: 'INTERNAL_SERVER_ERROR' };
    if (debug && original instanceof Error) extensions.debug = { message: original.message, stack: original.stack };
    return { ...base, message: 'Internal server error', extensions };
  };
}
