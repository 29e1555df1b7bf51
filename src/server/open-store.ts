import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { openPgStore } from '../store/pg-store.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';
import type { Store } from '../store/store.ts';
import type { Config } from './config.ts';

/** PostgreSQL when DATABASE_URL is set, else the embedded SQLite file in DATA_DIR. */
export async function openStore(config: Config, log: Logger): Promise<Store> {
  if (config.databaseUrl) return openPgStore(config.databaseUrl, { onError: (err) => log.error({ err }, 'postgres connection error') });
  mkdirSync(config.dataDir, { recursive: true });
  return openSqliteStore(join(config.dataDir, 'vuoropuhe.db'));
}
