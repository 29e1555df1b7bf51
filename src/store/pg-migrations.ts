import type pg from 'pg';

/**
 * Forward-only PostgreSQL migrations: the same tables as sqlite-migrations.ts with Postgres
 * types (BIGINT for times and seqs, JSONB for event data and snapshot state, BOOLEAN flags).
 * `{s}` stands for the quoted schema name. Never edit a released migration; add a new one.
 * Applied versions are rows of {s}.schema_migrations. [SPEC E6]
 */
const MIGRATIONS: string[] = [
  `
  CREATE TABLE {s}.users (
    id TEXT PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
    password_hash TEXT NOT NULL, lang TEXT NOT NULL, created_at BIGINT NOT NULL);
  CREATE TABLE {s}.auth_sessions (
    token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES {s}.users(id),
    expires_at BIGINT NOT NULL);
  CREATE INDEX auth_sessions_user ON {s}.auth_sessions(user_id);
  CREATE TABLE {s}.setup_tokens (
    token_hash TEXT PRIMARY KEY, expires_at BIGINT NOT NULL, used BOOLEAN NOT NULL DEFAULT FALSE);
  CREATE TABLE {s}.processes (
    id TEXT PRIMARY KEY, owner_id TEXT NOT NULL REFERENCES {s}.users(id), name TEXT NOT NULL,
    organisation TEXT NOT NULL, unit TEXT NOT NULL, purpose TEXT NOT NULL, lang TEXT NOT NULL,
    created_at BIGINT NOT NULL);
  CREATE INDEX processes_owner ON {s}.processes(owner_id);
  CREATE TABLE {s}.sessions (
    id TEXT PRIMARY KEY, process_id TEXT NOT NULL REFERENCES {s}.processes(id), kind TEXT NOT NULL,
    join_code TEXT NOT NULL UNIQUE, closed_at BIGINT, created_at BIGINT NOT NULL);
  CREATE INDEX sessions_process ON {s}.sessions(process_id);
  CREATE TABLE {s}.participants (
    token_hash TEXT PRIMARY KEY, session_id TEXT NOT NULL REFERENCES {s}.sessions(id),
    participant_id TEXT NOT NULL, created_at BIGINT NOT NULL);
  CREATE TABLE {s}.session_heads (session_id TEXT PRIMARY KEY, head BIGINT NOT NULL);
  CREATE TABLE {s}.events (
    session_id TEXT NOT NULL, seq BIGINT NOT NULL, type TEXT NOT NULL, data JSONB NOT NULL,
    at BIGINT NOT NULL, PRIMARY KEY (session_id, seq));
  CREATE TABLE {s}.commands (
    session_id TEXT NOT NULL, command_id TEXT NOT NULL, seq BIGINT NOT NULL,
    PRIMARY KEY (session_id, command_id));
  CREATE TABLE {s}.snapshots (session_id TEXT PRIMARY KEY, seq BIGINT NOT NULL, state JSONB NOT NULL);
  `,
  // 2: follow-up of a process (HKD after the sessions) and the append-only audit log
  `
  CREATE TABLE {s}.process_members (
    process_id TEXT NOT NULL REFERENCES {s}.processes(id), role TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES {s}.users(id), created_at BIGINT NOT NULL,
    PRIMARY KEY (process_id, role));
  CREATE INDEX process_members_user ON {s}.process_members(user_id);
  CREATE TABLE {s}.process_docs (
    process_id TEXT NOT NULL REFERENCES {s}.processes(id), kind TEXT NOT NULL, data TEXT NOT NULL,
    updated_at BIGINT NOT NULL, updated_by TEXT NOT NULL, PRIMARY KEY (process_id, kind));
  CREATE TABLE {s}.actions (
    id TEXT PRIMARY KEY, process_id TEXT NOT NULL REFERENCES {s}.processes(id), title TEXT NOT NULL,
    owner TEXT NOT NULL, due TEXT, status TEXT NOT NULL, theme TEXT NOT NULL, practice_id TEXT,
    created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL);
  CREATE INDEX actions_process ON {s}.actions(process_id, created_at);
  CREATE TABLE {s}.audit_log (
    id BIGSERIAL PRIMARY KEY, at BIGINT NOT NULL, user_id TEXT, action TEXT NOT NULL,
    target TEXT NOT NULL, detail JSONB NOT NULL, ip TEXT);
  CREATE INDEX audit_target ON {s}.audit_log(target, id);
  CREATE FUNCTION {s}.audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'audit log is append-only'; END $$;
  CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON {s}.audit_log
    FOR EACH ROW EXECUTE FUNCTION {s}.audit_append_only();
  CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON {s}.audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION {s}.audit_append_only();
  `,
  // 3: organisations and roles, two-factor sign-in, password reset, sign-in throttling, retention.
  // Existing processes get an organisation per distinct organisation name, owned by their owners.
  `
  CREATE TABLE {s}.organisations (
    id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, require_2fa BOOLEAN NOT NULL DEFAULT FALSE,
    retention_months INT NOT NULL DEFAULT 12, created_at BIGINT NOT NULL);
  CREATE TABLE {s}.org_members (
    org_id TEXT NOT NULL REFERENCES {s}.organisations(id), user_id TEXT NOT NULL REFERENCES {s}.users(id),
    role TEXT NOT NULL, created_at BIGINT NOT NULL, PRIMARY KEY (org_id, user_id, role));
  CREATE INDEX org_members_user ON {s}.org_members(user_id);
  ALTER TABLE {s}.users ADD COLUMN is_admin BOOLEAN NOT NULL DEFAULT FALSE;
  ALTER TABLE {s}.users ADD COLUMN totp_secret TEXT;
  ALTER TABLE {s}.users ADD COLUMN totp_enabled_at BIGINT;
  ALTER TABLE {s}.auth_sessions ADD COLUMN created_at BIGINT NOT NULL DEFAULT 0;
  CREATE TABLE {s}.recovery_codes (
    user_id TEXT NOT NULL REFERENCES {s}.users(id), code_hash TEXT NOT NULL, used_at BIGINT,
    PRIMARY KEY (user_id, code_hash));
  CREATE TABLE {s}.user_tokens (
    token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES {s}.users(id), purpose TEXT NOT NULL,
    expires_at BIGINT NOT NULL, used BOOLEAN NOT NULL DEFAULT FALSE);
  CREATE TABLE {s}.login_throttle (key TEXT PRIMARY KEY, failures INT NOT NULL, locked_until BIGINT NOT NULL, updated_at BIGINT NOT NULL);
  ALTER TABLE {s}.setup_tokens ADD COLUMN org_id TEXT;
  ALTER TABLE {s}.setup_tokens ADD COLUMN role TEXT;
  ALTER TABLE {s}.processes ADD COLUMN org_id TEXT REFERENCES {s}.organisations(id);
  ALTER TABLE {s}.processes ADD COLUMN retention_months INT;
  ALTER TABLE {s}.processes ADD COLUMN closed_at BIGINT;
  ALTER TABLE {s}.processes ADD COLUMN erased_at BIGINT;
  ALTER TABLE {s}.sessions ADD COLUMN erased_at BIGINT;
  CREATE INDEX processes_org ON {s}.processes(org_id, created_at);
  INSERT INTO {s}.organisations (id, name, created_at)
    SELECT 'org-' || substr(md5(random()::text || organisation), 1, 16), organisation, min(created_at) FROM {s}.processes GROUP BY organisation;
  UPDATE {s}.processes p SET org_id = o.id FROM {s}.organisations o WHERE o.name = p.organisation;
  INSERT INTO {s}.org_members (org_id, user_id, role, created_at)
    SELECT DISTINCT org_id, owner_id, 'facilitator', 0 FROM {s}.processes ON CONFLICT DO NOTHING;
  UPDATE {s}.users SET is_admin = TRUE WHERE id = (SELECT id FROM {s}.users ORDER BY created_at LIMIT 1);
  `,
  // wellbeing survey (pre/post): answers carry no token, no time and a random key [SPEC WB3, WB4]
  `
  CREATE TABLE {s}.surveys (
    id TEXT PRIMARY KEY, process_id TEXT NOT NULL REFERENCES {s}.processes(id), phase TEXT NOT NULL,
    items JSONB NOT NULL, closed_at BIGINT, created_at BIGINT NOT NULL, UNIQUE (process_id, phase));
  CREATE TABLE {s}.survey_tokens (
    token_hash TEXT PRIMARY KEY, survey_id TEXT NOT NULL REFERENCES {s}.surveys(id),
    used BOOLEAN NOT NULL DEFAULT FALSE);
  CREATE INDEX survey_tokens_survey ON {s}.survey_tokens(survey_id, used);
  CREATE TABLE {s}.survey_answers (
    id TEXT PRIMARY KEY, survey_id TEXT NOT NULL REFERENCES {s}.surveys(id), answers JSONB NOT NULL);
  CREATE INDEX survey_answers_survey ON {s}.survey_answers(survey_id, id);
  `,
  // programme (issue 9): commissions with life-cycle state and history, categories per
  // organisation, facilitator profiles (pool) and hours per session [SPEC PR1–PR9]
  `
  CREATE TABLE {s}.commissions (
    process_id TEXT PRIMARY KEY REFERENCES {s}.processes(id), category_id TEXT, method TEXT NOT NULL,
    state TEXT NOT NULL, data JSONB NOT NULL, updated_at BIGINT NOT NULL, updated_by TEXT NOT NULL);
  CREATE TABLE {s}.commission_history (
    id BIGSERIAL PRIMARY KEY, process_id TEXT NOT NULL REFERENCES {s}.processes(id),
    from_state TEXT NOT NULL, to_state TEXT NOT NULL, user_id TEXT NOT NULL, at BIGINT NOT NULL, note TEXT NOT NULL);
  CREATE INDEX commission_history_process ON {s}.commission_history(process_id, id);
  CREATE TABLE {s}.programme_categories (
    id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES {s}.organisations(id), name TEXT NOT NULL,
    archived BOOLEAN NOT NULL DEFAULT FALSE, created_at BIGINT NOT NULL);
  CREATE INDEX programme_categories_org ON {s}.programme_categories(org_id, created_at);
  CREATE TABLE {s}.facilitator_profiles (
    org_id TEXT NOT NULL REFERENCES {s}.organisations(id), user_id TEXT NOT NULL REFERENCES {s}.users(id),
    languages JSONB NOT NULL, methods JSONB NOT NULL, availability TEXT NOT NULL,
    allowance_minutes INT, updated_at BIGINT NOT NULL, PRIMARY KEY (org_id, user_id));
  CREATE TABLE {s}.facilitator_hours (
    id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES {s}.organisations(id),
    process_id TEXT NOT NULL REFERENCES {s}.processes(id), session TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES {s}.users(id), at BIGINT NOT NULL, minutes INT NOT NULL,
    created_at BIGINT NOT NULL, created_by TEXT NOT NULL);
  CREATE INDEX facilitator_hours_org ON {s}.facilitator_hours(org_id, at);
  `,
  // practice library and meetups (issue 9): published copies of good-practice records with
  // provenance and their Finnish search keys; keys in the "C" collation so that prefix ranges
  // compare code points as SQLite does (no FK to processes: copies outlive erasure) [SPEC L1–L10]
  `
  CREATE TABLE {s}.library_practices (
    id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES {s}.organisations(id), scope TEXT NOT NULL,
    process_id TEXT NOT NULL, practice_id TEXT NOT NULL, data JSONB NOT NULL,
    published_by TEXT NOT NULL, published_at BIGINT NOT NULL, UNIQUE (process_id, practice_id));
  CREATE INDEX library_practices_org ON {s}.library_practices(org_id, published_at);
  CREATE INDEX library_practices_scope ON {s}.library_practices(scope, published_at);
  CREATE TABLE {s}.library_keys (
    practice_id TEXT NOT NULL REFERENCES {s}.library_practices(id), stem TEXT COLLATE "C" NOT NULL, weight INT NOT NULL,
    PRIMARY KEY (stem, practice_id));
  CREATE INDEX library_keys_practice ON {s}.library_keys(practice_id);
  CREATE TABLE {s}.meetups (
    id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES {s}.organisations(id), title TEXT NOT NULL, date TEXT,
    place TEXT NOT NULL, description TEXT NOT NULL, public_token_hash TEXT UNIQUE, public_token_sealed TEXT,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL);
  CREATE INDEX meetups_org ON {s}.meetups(org_id, created_at);
  CREATE TABLE {s}.meetup_items (
    meetup_id TEXT NOT NULL REFERENCES {s}.meetups(id), position INT NOT NULL,
    practice_id TEXT NOT NULL REFERENCES {s}.library_practices(id), note TEXT NOT NULL, PRIMARY KEY (meetup_id, position));
  CREATE INDEX meetup_items_practice ON {s}.meetup_items(practice_id);
  `,
];

export const PG_SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Key of the transaction-scoped advisory lock that serialises migrations: several nodes
 * starting at once queue on it, and each one after the first finds nothing left to do.
 */
export const PG_MIGRATION_LOCK = 0x5655_4f52; // "VUOR"

/** A schema name we put into SQL text: lower-case identifier only, so quoting is enough. */
export function quoteSchema(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`invalid PostgreSQL schema name: ${JSON.stringify(schema)}`);
  return `"${schema}"`;
}

/**
 * Brings `schema` to `target` (default: the latest version) in one transaction, holding
 * pg_advisory_xact_lock so concurrent starters migrate once. Creates the schema if it is
 * missing. Returns how many migrations this call applied. `target` below the current version
 * is not an error (forward-only: nothing is undone); it exists so tests can build an older schema.
 */
export async function migratePg(pool: pg.Pool, schema: string, target: number = PG_SCHEMA_VERSION): Promise<number> {
  const s = quoteSchema(schema);
  if (!Number.isInteger(target) || target < 0 || target > MIGRATIONS.length) throw new Error(`no migration version ${target}`);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [PG_MIGRATION_LOCK]);
    // CREATE SCHEMA IF NOT EXISTS still needs CREATE on the database; ask first so a role that
    // owns only its schema (or public) can migrate.
    const exists = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
    if (exists.rowCount === 0) await client.query(`CREATE SCHEMA ${s}`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${s}.schema_migrations (version INT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`,
    );
    const cur = await client.query<{ v: number }>(`SELECT coalesce(max(version), 0)::int AS v FROM ${s}.schema_migrations`);
    const current = cur.rows[0]?.v ?? 0;
    // a schema newer than this build (a rolling deploy) is left as it is, as SQLite does
    for (let v = current; v < target; v++) {
      await client.query(MIGRATIONS[v]!.replaceAll('{s}', s));
      await client.query(`INSERT INTO ${s}.schema_migrations (version, applied_at) VALUES ($1, now())`, [v + 1]);
    }
    await client.query('COMMIT');
    return Math.max(0, target - current);
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

/** The version a schema is at (0 if it has never been migrated). */
export async function pgSchemaVersion(pool: pg.Pool, schema: string): Promise<number> {
  const s = quoteSchema(schema);
  const t = await pool.query<{ t: string | null }>('SELECT to_regclass($1) AS t', [`${s}.schema_migrations`]);
  if (!t.rows[0]?.t) return 0;
  const r = await pool.query<{ v: number }>(`SELECT coalesce(max(version), 0)::int AS v FROM ${s}.schema_migrations`);
  return r.rows[0]?.v ?? 0;
}
