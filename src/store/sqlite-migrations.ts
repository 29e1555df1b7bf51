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
  // 2: follow-up of a process (HKD after the sessions) and the append-only audit log
  `
  CREATE TABLE process_members (
    process_id TEXT NOT NULL REFERENCES processes(id), role TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES users(id), created_at INTEGER NOT NULL,
    PRIMARY KEY (process_id, role));
  CREATE INDEX process_members_user ON process_members(user_id);
  CREATE TABLE process_docs (
    process_id TEXT NOT NULL REFERENCES processes(id), kind TEXT NOT NULL, data TEXT NOT NULL,
    updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL, PRIMARY KEY (process_id, kind));
  CREATE TABLE actions (
    id TEXT PRIMARY KEY, process_id TEXT NOT NULL REFERENCES processes(id), title TEXT NOT NULL,
    owner TEXT NOT NULL, due TEXT, status TEXT NOT NULL, theme TEXT NOT NULL, practice_id TEXT,
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);
  CREATE INDEX actions_process ON actions(process_id, created_at);
  CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, user_id TEXT, action TEXT NOT NULL,
    target TEXT NOT NULL, detail TEXT NOT NULL, ip TEXT);
  CREATE INDEX audit_target ON audit_log(target, id);
  CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
  CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
  `,
  // 3: organisations and roles, two-factor sign-in, password reset, sign-in throttling, retention.
  // Existing processes get an organisation per distinct organisation name, owned by their owners.
  `
  CREATE TABLE organisations (
    id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, require_2fa INTEGER NOT NULL DEFAULT 0,
    retention_months INTEGER NOT NULL DEFAULT 12, created_at INTEGER NOT NULL);
  CREATE TABLE org_members (
    org_id TEXT NOT NULL REFERENCES organisations(id), user_id TEXT NOT NULL REFERENCES users(id),
    role TEXT NOT NULL, created_at INTEGER NOT NULL, PRIMARY KEY (org_id, user_id, role));
  CREATE INDEX org_members_user ON org_members(user_id);
  ALTER TABLE users ADD COLUMN is_admin INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE users ADD COLUMN totp_secret TEXT;
  ALTER TABLE users ADD COLUMN totp_enabled_at INTEGER;
  ALTER TABLE auth_sessions ADD COLUMN created_at INTEGER NOT NULL DEFAULT 0;
  CREATE INDEX auth_sessions_user ON auth_sessions(user_id);
  CREATE TABLE recovery_codes (
    user_id TEXT NOT NULL REFERENCES users(id), code_hash TEXT NOT NULL, used_at INTEGER,
    PRIMARY KEY (user_id, code_hash));
  CREATE TABLE user_tokens (
    token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id), purpose TEXT NOT NULL,
    expires_at INTEGER NOT NULL, used INTEGER NOT NULL DEFAULT 0);
  CREATE TABLE login_throttle (key TEXT PRIMARY KEY, failures INTEGER NOT NULL, locked_until INTEGER NOT NULL, updated_at INTEGER NOT NULL);
  ALTER TABLE setup_tokens ADD COLUMN org_id TEXT;
  ALTER TABLE setup_tokens ADD COLUMN role TEXT;
  ALTER TABLE processes ADD COLUMN org_id TEXT REFERENCES organisations(id);
  ALTER TABLE processes ADD COLUMN retention_months INTEGER;
  ALTER TABLE processes ADD COLUMN closed_at INTEGER;
  ALTER TABLE processes ADD COLUMN erased_at INTEGER;
  ALTER TABLE sessions ADD COLUMN erased_at INTEGER;
  CREATE INDEX processes_org ON processes(org_id, created_at);
  INSERT INTO organisations (id, name, created_at)
    SELECT 'org-' || lower(hex(randomblob(8))), organisation, min(created_at) FROM processes GROUP BY organisation;
  UPDATE processes SET org_id = (SELECT o.id FROM organisations o WHERE o.name = processes.organisation);
  INSERT OR IGNORE INTO org_members (org_id, user_id, role, created_at)
    SELECT DISTINCT org_id, owner_id, 'facilitator', 0 FROM processes;
  UPDATE users SET is_admin = 1 WHERE id = (SELECT id FROM users ORDER BY created_at LIMIT 1);
  `,
  // wellbeing survey (pre/post): answers carry no token, no time and a random key, so they cannot be
  // linked to a link or to when it was used; WITHOUT ROWID keeps no insertion sequence [SPEC WB3, WB4]
  `
  CREATE TABLE surveys (
    id TEXT PRIMARY KEY, process_id TEXT NOT NULL REFERENCES processes(id), phase TEXT NOT NULL,
    items TEXT NOT NULL, closed_at INTEGER, created_at INTEGER NOT NULL, UNIQUE (process_id, phase));
  CREATE TABLE survey_tokens (
    token_hash TEXT PRIMARY KEY, survey_id TEXT NOT NULL REFERENCES surveys(id),
    used INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
  CREATE INDEX survey_tokens_survey ON survey_tokens(survey_id, used);
  CREATE TABLE survey_answers (
    id TEXT PRIMARY KEY, survey_id TEXT NOT NULL REFERENCES surveys(id), answers TEXT NOT NULL) WITHOUT ROWID;
  CREATE INDEX survey_answers_survey ON survey_answers(survey_id, id);
  `,
  // programme (issue 9): commissions with life-cycle state and history, categories per
  // organisation, facilitator profiles (pool) and hours per session [SPEC PR1–PR9]
  `
  CREATE TABLE commissions (
    process_id TEXT PRIMARY KEY REFERENCES processes(id), category_id TEXT, method TEXT NOT NULL,
    state TEXT NOT NULL, data TEXT NOT NULL, updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL);
  CREATE TABLE commission_history (
    id INTEGER PRIMARY KEY AUTOINCREMENT, process_id TEXT NOT NULL REFERENCES processes(id),
    from_state TEXT NOT NULL, to_state TEXT NOT NULL, user_id TEXT NOT NULL, at INTEGER NOT NULL, note TEXT NOT NULL);
  CREATE INDEX commission_history_process ON commission_history(process_id, id);
  CREATE TABLE programme_categories (
    id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES organisations(id), name TEXT NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL);
  CREATE INDEX programme_categories_org ON programme_categories(org_id, created_at);
  CREATE TABLE facilitator_profiles (
    org_id TEXT NOT NULL REFERENCES organisations(id), user_id TEXT NOT NULL REFERENCES users(id),
    languages TEXT NOT NULL, methods TEXT NOT NULL, availability TEXT NOT NULL,
    allowance_minutes INTEGER, updated_at INTEGER NOT NULL, PRIMARY KEY (org_id, user_id));
  CREATE TABLE facilitator_hours (
    id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES organisations(id),
    process_id TEXT NOT NULL REFERENCES processes(id), session TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES users(id), at INTEGER NOT NULL, minutes INTEGER NOT NULL,
    created_at INTEGER NOT NULL, created_by TEXT NOT NULL);
  CREATE INDEX facilitator_hours_org ON facilitator_hours(org_id, at);
  `,
  // practice library and meetups (issue 9): published copies of good-practice records with
  // provenance and their Finnish search keys (no FK to processes: copies outlive erasure) [SPEC L1–L10]
  `
  CREATE TABLE library_practices (
    id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES organisations(id), scope TEXT NOT NULL,
    process_id TEXT NOT NULL, practice_id TEXT NOT NULL, data TEXT NOT NULL,
    published_by TEXT NOT NULL, published_at INTEGER NOT NULL, UNIQUE (process_id, practice_id));
  CREATE INDEX library_practices_org ON library_practices(org_id, published_at);
  CREATE INDEX library_practices_scope ON library_practices(scope, published_at);
  CREATE TABLE library_keys (
    practice_id TEXT NOT NULL REFERENCES library_practices(id), stem TEXT NOT NULL, weight INTEGER NOT NULL,
    PRIMARY KEY (stem, practice_id)) WITHOUT ROWID;
  CREATE INDEX library_keys_practice ON library_keys(practice_id);
  CREATE TABLE meetups (
    id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES organisations(id), title TEXT NOT NULL, date TEXT,
    place TEXT NOT NULL, description TEXT NOT NULL, public_token_hash TEXT UNIQUE, public_token_sealed TEXT,
    created_by TEXT NOT NULL,
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);
  CREATE INDEX meetups_org ON meetups(org_id, created_at);
  CREATE TABLE meetup_items (
    meetup_id TEXT NOT NULL REFERENCES meetups(id), position INTEGER NOT NULL,
    practice_id TEXT NOT NULL REFERENCES library_practices(id), note TEXT NOT NULL, PRIMARY KEY (meetup_id, position));
  CREATE INDEX meetup_items_practice ON meetup_items(practice_id);
  `,
];

export const SQLITE_SCHEMA_VERSION = MIGRATIONS.length;

/** Brings the database to `target` (default: latest); a lower target exists so tests can build an older schema. */
export function migrateSqlite(db: Database.Database, target: number = MIGRATIONS.length): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let v = current; v < target; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
  return Math.max(0, target - current);
}
