import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The PostgreSQL on this machine (trust auth). Each test makes its own schema and drops it. */
export const TEST_DB_URL = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';

export function freshSchema(): string {
  return `vp_test_${randomBytes(6).toString('hex')}`;
}

/** A DATABASE_URL that puts our tables in the given schema. */
export function urlWithSchema(schema: string, base = TEST_DB_URL): string {
  const u = new URL(base);
  u.searchParams.set('schema', schema);
  return u.toString();
}

export async function dropSchema(schema: string): Promise<void> {
  const c = new pg.Client({ connectionString: TEST_DB_URL });
  await c.connect();
  try {
    await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await c.end();
  }
}
