import { ThrottledError } from '@app/accounts';

/** The parts of the GraphQL context (apps/api/src/graphql/graphql.module.ts) the accounts resolvers use. */
export interface AccountsContext {
  req: { ip?: string; socket?: { remoteAddress?: string } };
  res?: { setHeader(name: string, value: string): void };
}

/**
 * The caller's address as Express resolved it: the TCP peer, or with TRUST_PROXY the client named by the trusted
 * proxies' X-Forwarded-For (never a header an untrusted caller can write).
 */
export function clientAddressOf(context: AccountsContext): string | null {
  return context.req.ip ?? context.req.socket?.remoteAddress ?? null;
}

/** Runs `work`; a throttled answer also tells the HTTP client when to come back (`Retry-After`, RFC 9110). */
export async function withRetryAfter<T>(context: AccountsContext, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ThrottledError) context.res?.setHeader('Retry-After', String(error.retryAfterSeconds));
    throw error;
  }
}
