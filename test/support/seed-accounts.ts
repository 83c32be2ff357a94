import { randomUUID } from 'node:crypto';
import pg from 'pg';
import bcrypt from 'bcryptjs';

export const TEST_PASSWORD = 'test-password-1';
const HASH = bcrypt.hashSync(TEST_PASSWORD, 4);

/**
 * Inserts an account straight into the database (the first ADMIN has no GraphQL way in, by design),
 * returning its username; the password is TEST_PASSWORD.
 */
export async function insertAccount(
  role: 'ADMIN' | 'BUREAU',
  regionCode: string | null = null,
  department: 'RURAL_REVITALIZATION' | 'HUMAN_RESOURCES' | null = null,
): Promise<string> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const username = `${role.toLowerCase()}_${randomUUID().slice(0, 8)}`;
    await client.query('INSERT INTO accounts (username, password_hash, role, region_code, department) VALUES ($1, $2, $3, $4, $5)', [
      username,
      HASH,
      role,
      regionCode,
      department,
    ]);
    return username;
  } finally {
    await client.end();
  }
}
