import { createHash, timingSafeEqual } from 'node:crypto';
import { isIPv4 } from 'node:net';

export interface ScrapeRequest {
  /** The TCP peer (`req.socket.remoteAddress`), never a header a client can write. */
  remoteAddress: string | undefined;
  headers: Record<string, string | string[] | undefined>;
}

export type MetricsAccess = { allowed: true; via: 'loopback' | 'token' } | { allowed: false; status: 401 | 403; message: string; challenge?: string };

/** 127.0.0.0/8, ::1 and IPv4-mapped loopback (`::ffff:127.0.0.1`, how a dual-stack socket reports IPv4 peers). */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  if (isIPv4(v4)) return v4.startsWith('127.');
  return address === '::1' || address === '0:0:0:0:0:0:0:1';
}

/** Headers a reverse proxy adds: behind one on the same host every request comes from loopback. */
const FORWARDING_HEADERS = ['forwarded', 'x-forwarded-for', 'x-real-ip'];

function sameSecret(given: string, expected: string): boolean {
  // Digests first: timingSafeEqual needs equal lengths, and comparing digests leaks nothing about the length.
  return timingSafeEqual(createHash('sha256').update(given).digest(), createHash('sha256').update(expected).digest());
}

function bearer(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  return value?.match(/^Bearer\s+(\S+)$/i)?.[1];
}

/**
 * Who may read /metrics: a scraper sending `Authorization: Bearer <METRICS_TOKEN>`, or, without a token, a caller whose
 * TCP peer is loopback and whose request was not forwarded by a proxy. A wrong token is refused even from loopback, so
 * a misconfigured scraper finds out.
 */
export function metricsAccess(request: ScrapeRequest, token: string | undefined): MetricsAccess {
  const given = bearer(request.headers.authorization);
  if (token && given !== undefined) {
    if (sameSecret(given, token)) return { allowed: true, via: 'token' };
    return { allowed: false, status: 401, message: 'Wrong metrics token', challenge: 'Bearer realm="metrics"' };
  }
  const forwarded = FORWARDING_HEADERS.some((name) => request.headers[name] !== undefined);
  if (isLoopback(request.remoteAddress) && !forwarded) return { allowed: true, via: 'loopback' };
  if (token) return { allowed: false, status: 401, message: 'Metrics need Authorization: Bearer <METRICS_TOKEN>', challenge: 'Bearer realm="metrics"' };
  return { allowed: false, status: 403, message: 'Metrics are served only to loopback callers; set METRICS_TOKEN to scrape from elsewhere' };
}
