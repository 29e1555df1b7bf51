import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { PG_SCHEMA_VERSION, migratePg } from '../store/pg-migrations.ts';
import { pgConnection } from '../store/pg-store.ts';
import { SQLITE_SCHEMA_VERSION } from '../store/sqlite-migrations.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';
import { ConfigError, loadConfig } from './config.ts';

/**
 * `npm run migrate`: brings the configured database (DATABASE_URL, else SQLite in DATA_DIR) to
 * the latest schema and exits. The server also migrates at start; this is for deploy pipelines
 * that migrate before rolling out nodes. Safe to run while nodes start (advisory lock). [SPEC E6]
 */
async function main(): Promise<void> {
  try {
    const config = loadConfig(process.env);
    if (config.databaseUrl) {
      const { connectionString, schema } = pgConnection(config.databaseUrl);
      const pool = new pg.Pool({ connectionString, max: 1, connectionTimeoutMillis: 10_000 });
      try {
        const applied = await migratePg(pool, schema);
        process.stdout.write(`PostgreSQL schema ${schema}: applied ${applied} migration(s); now at version ${PG_SCHEMA_VERSION}.\n`);
      } finally {
        await pool.end();
      }
    } else {
      mkdirSync(config.dataDir, { recursive: true });
      const file = join(config.dataDir, 'vuoropuhe.db');
      const store = openSqliteStore(file); // opening migrates
      await store.close();
      process.stdout.write(`SQLite ${file}: schema is at version ${SQLITE_SCHEMA_VERSION}.\n`);
    }
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(78);
    }
    process.stderr.write(`Migration failed: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
}

void main();
