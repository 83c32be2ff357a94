import autocannon from 'autocannon';
import { percentile } from './percentiles.js';

/** Where to send the load, and what a correct answer looks like. */
export interface LoadTarget {
  url: string;
  headers: Record<string, string>;
  /** Request bodies, taken in turn by whichever connection sends next, so every connection runs the whole mix. */
  bodies: readonly string[];
  /** True when a 200 response body is a real answer (no GraphQL error, hits present). */
  isAnswer(body: string): boolean;
}

/** One run's raw figures; runs of the same target add up with combine(). */
export interface LoadRun {
  seconds: number;
  /** Milliseconds of every response. */
  latencies: number[];
  /** Non-2xx answers, connection errors and timeouts, and 200s whose body was not an answer. */
  failures: number;
}

export interface LoadSummary {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  failures: number;
}

export function combine(runs: readonly LoadRun[]): LoadSummary {
  const latencies = runs.flatMap((r) => r.latencies);
  const seconds = runs.reduce((sum, r) => sum + r.seconds, 0);
  return {
    requests: latencies.length,
    requestsPerSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    failures: runs.reduce((sum, r) => sum + r.failures, 0),
  };
}

/**
 * Closed-loop load, as autocannon runs it: `connections` keep-alive connections, each sending its next request as soon
 * as the previous answer arrives, for `seconds`. Every response body is checked, so a fast error cannot pass for
 * throughput. Latency percentiles come from every response's own time (autocannon's summary has no p95).
 */
export function runLoad(target: LoadTarget, connections: number, seconds: number): Promise<LoadRun> {
  let next = 0;
  let wrongBodies = 0;
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.url,
        connections,
        duration: seconds,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...target.headers },
        requests: [
          {
            setupRequest: (request: Record<string, unknown>) => ({ ...request, body: target.bodies[next++ % target.bodies.length] }),
            onResponse: (status: number, body: string) => {
              if (status === 200 && !target.isAnswer(body)) wrongBodies++;
            },
          },
        ],
      },
      (error: Error | null, result: autocannon.Result) => {
        if (error) return reject(error);
        resolve({ seconds: result.duration, latencies, failures: result.non2xx + result.errors + wrongBodies });
      },
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  });
}
