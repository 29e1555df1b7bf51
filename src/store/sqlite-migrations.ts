import type Database from 'better-sqlite3';

/**
 * Forward-only migrations. Each runs once, in order, in a transaction; the applied version is
 * kept in PRAGMA user_version. Never edit a released migration; add a new one.
 */
const MIGRATIONS: string[] = [
  `
  CREATE TABLE users (
    id TEXT PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
    password_hash TEXT NOT NULL, lang TEXT NOT NULL, created_at INTEGER NOT NULL);
  CREATE TABLE auth_sessions (
    token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id),
    expires_at INTEGER NOT NULL);
  CREATE TABLE setup_tokens (
    token_hash TEXT PRIMARY KEY, expires_at INTEGER NOT NULL, used INTEGER NOT NULL DEFAULT 0);
  CREATE TABLE processes (
    id TEXT PRIMARY KEY, owner_id TEXT NOT NULL REFERENCES users(id), name TEXT NOT NULL,
    organisation TEXT NOT NULL, unit TEXT NOT NULL, purpose TEXT NOT NULL, lang TEXT NOT NULL,
    created_at INTEGER NOT NULL);
  CREATE INDEX processes_owner ON processes(owner_id);
  CREATE TABLE sessions (
    id TEXT PRIMARY KEY, process_id TEXT NOT NULL REFERENCES processes(id), kind TEXT NOT NULL,
    join_code TEXT NOT NULL UNIQUE, closed_at INTEGER, created_at INTEGER NOT NULL);
  CREATE INDEX sessions_process ON sessions(process_id);
  CREATE TABLE participants (
    token_hash TEXT PRIMARY KEY, session_id TEXT NOT NULL REFERENCES sessions(id),
    participant_id TEXT NOT NULL, created_at INTEGER NOT NULL);
  CREATE TABLE session_heads (session_id TEXT PRIMARY KEY, head INTEGER NOT NULL);
  CREATE TABLE events (
    session_id TEXT NOT NULL, seq INTEGER NOT NULL, type TEXT NOT NULL, data TEXT NOT NULL,
    at INTEGER NOT NULL, PRIMARY KEY (session_id, seq)) WITHOUT ROWID;
  CREATE TABLE commands (
    session_id TEXT NOT NULL, command_id TEXT NOT NULL, seq INTEGER NOT NULL,
    PRIMARY KEY (session_id, command_id)) WITHOUT ROWID;
  CREATE TABLE snapshots (session_id TEXT PRIMARY KEY, seq INTEGER NOT NULL, state TEXT NOT NULL);
  `,
];

export const SQLITE_SCHEMA_VERSION = MIGRATIONS.length;

export function migrateSqlite(db: Database.Database): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
  return MIGRATIONS.length - current;
}
