import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException, Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { currentLanguage, DomainError, localize, render, SYSTEM_MESSAGES, SystemReason } from '@app/common';

const logger = new Logger('GraphQL');

const HTTP_CODES: Record<number, { code: string; reason: SystemReason }> = {
  400: { code: 'BAD_USER_INPUT', reason: SystemReason.INVALID_REQUEST },
  401: { code: 'UNAUTHENTICATED', reason: SystemReason.NOT_ALLOWED },
  403: { code: 'FORBIDDEN', reason: SystemReason.NOT_ALLOWED },
  404: { code: 'NOT_FOUND', reason: SystemReason.NOT_FOUND },
  409: { code: 'CONFLICT', reason: SystemReason.INVALID_REQUEST },
  413: { code: 'BAD_USER_INPUT', reason: SystemReason.REQUEST_TOO_LARGE },
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

/** Errors our own validation rules raise with a system reason (depth and alias limits) keep it. */
function systemReasonOf(formatted: GraphQLFormattedError): SystemReason | undefined {
  const reason = formatted.extensions?.reason;
  return typeof reason === 'string' && reason in SYSTEM_MESSAGES ? (reason as SystemReason) : undefined;
}

/**
 * The one mapping from thrown errors to what a client sees, in the request's language (Chinese unless it asks for
 * English): domain errors keep their code, reason and failing fields; request errors keep Apollo's code; everything
 * else becomes a masked INTERNAL_SERVER_ERROR (logged here). Stack traces are only ever included with GRAPHQL_DEBUG.
 */
export function createErrorFormatter(debug: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const language = currentLanguage();
    const base = { path: formatted.path, locations: formatted.locations };
    if (original instanceof DomainError) {
      return { ...base, message: localize(original.text, language), extensions: original.extensions(language) };
    }
    if (original instanceof HttpException && HTTP_CODES[original.getStatus()]) {
      const { code, reason } = HTTP_CODES[original.getStatus()];
      return { ...base, message: localize(render(SYSTEM_MESSAGES[reason], { detail: original.message }), language), extensions: { code, reason } };
    }
    if (isDatabaseUnavailable(original)) {
      logger.warn('A GraphQL operation failed because the database is unreachable');
      const reason = SystemReason.SERVICE_UNAVAILABLE;
      return { ...base, message: localize(SYSTEM_MESSAGES[reason], language), extensions: { code: 'SERVICE_UNAVAILABLE', reason } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && APOLLO_CODES.has(code)) {
      const reason = systemReasonOf(formatted) ?? SystemReason.INVALID_REQUEST;
      const params = (formatted.extensions?.params ?? { detail: formatted.message }) as Record<string, string | number>;
      return { ...base, message: localize(render(SYSTEM_MESSAGES[reason], params), language), extensions: { code, reason } };
    }
    logger.error({ err: original }, 'Unhandled error in a GraphQL operation');
    const extensions: Record<string, unknown> = { code: 'INTERNAL_SERVER_ERROR', reason: SystemReason.INTERNAL };
    if (debug && original instanceof Error) extensions.debug = { message: original.message, stack: original.stack };
    return { ...base, message: localize(SYSTEM_MESSAGES[SystemReason.INTERNAL], language), extensions };
  };
}
