import { randomBytes, randomUUID } from 'node:crypto';
import bcrypt from 'bcryptjs';
import pg from 'pg';
import { runMigrations } from '@app/database';
import { TEST_PASSWORD } from './seed-accounts.js';

export interface IsolatedDatabase {
  url: string;
  /** A query on this database (one short-lived connection). */
  query<T = Record<string, any>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** An account straight into this database, password TEST_PASSWORD; returns its username. */
  insertAccount(role: 'ADMIN' | 'BUREAU', regionCode?: string | null): Promise<string>;
  drop(): Promise<void>;
}

const HASH = bcrypt.hashSync(TEST_PASSWORD, 4);

/**
 * A database of its own on the run's PostgreSQL, migrated. Every test app runs an outbox relay, and all apps share the
 * run's database: a suite that asserts exact search results or stops its own Meilisearch needs an outbox no other
 * suite's relay drains into another index.
 */
export async function createIsolatedDatabase(): Promise<IsolatedDatabase> {
  const base = new URL(process.env.DATABASE_URL!);
  const name = `iso_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base.toString() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(base.toString());
  url.pathname = `/${name}`;
  await runMigrations(url.toString());

  const query = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => {
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  };
  return {
    url: url.toString(),
    query,
    async insertAccount(role, regionCode = null) {
      const username = `${role.toLowerCase()}_${randomUUID().slice(0, 8)}`;
      await query('INSERT INTO accounts (username, password_hash, role, region_code) VALUES ($1, $2, $3, $4)', [username, HASH, role, regionCode]);
      return username;
    },
    async drop() {
      const client = new pg.Client({ connectionString: base.toString() });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
