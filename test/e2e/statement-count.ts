import { DataSource } from 'typeorm';
import type { Caller, TestApp } from '../support/test-app.js';

/**
 * How many SQL statements the API sends while answering one request (every statement passes the query runner): a page
 * of 20 must cost what a page of 1 costs, or some field queries once per row. Start the app with OUTBOX_RELAY=false,
 * or the relay's statements are counted too.
 */
export async function statementsFor(t: TestApp, caller: Caller, query: string, variables: Record<string, unknown> = {}): Promise<number> {
  const runner = Object.getPrototypeOf(t.app.get(DataSource).createQueryRunner()) as { query: (...args: unknown[]) => Promise<unknown> };
  const original = runner.query;
  let count = 0;
  runner.query = function (this: unknown, ...args: unknown[]) {
    count += 1;
    return original.apply(this, args);
  };
  try {
    await caller.ok(query, variables);
    return count;
  } finally {
    runner.query = original;
  }
}
