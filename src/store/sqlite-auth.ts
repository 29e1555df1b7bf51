import type Database from 'better-sqlite3';
import type { AuthStore } from './store.ts';

/** Two-factor secrets, recovery codes, one-time user tokens and sign-in throttling on SQLite. */
export function sqliteAuth(db: Database.Database): AuthStore {
  return {
    mfa: {
      get: async (userId) => {
        const r = db
          .prepare<[string], { totp_secret: string | null; totp_enabled_at: number | null }>(
            'SELECT totp_secret, totp_enabled_at FROM users WHERE id = ?',
          )
          .get(userId);
        return { secret: r?.totp_secret ?? null, enabledAt: r?.totp_enabled_at ?? null };
      },
      set: async (userId, secret, enabledAt) => {
        db.prepare('UPDATE users SET totp_secret = ?, totp_enabled_at = ? WHERE id = ?').run(secret, enabledAt, userId);
      },
      setRecoveryCodes: async (userId, hashes) => {
        // all or nothing: a half-replaced set would leave old codes working
        db.transaction(() => {
          db.prepare('DELETE FROM recovery_codes WHERE user_id = ?').run(userId);
          const ins = db.prepare('INSERT INTO recovery_codes (user_id, code_hash, used_at) VALUES (?, ?, NULL)');
          for (const h of new Set(hashes)) ins.run(userId, h);
        })();
      },
      useRecoveryCode: async (userId, hash, at) =>
        // one statement, so two requests with the same code cannot both succeed
        db.prepare('UPDATE recovery_codes SET used_at = ? WHERE user_id = ? AND code_hash = ? AND used_at IS NULL').run(at, userId, hash)
          .changes === 1,
      unusedRecoveryCodes: async (userId) =>
        db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM recovery_codes WHERE user_id = ? AND used_at IS NULL').get(userId)!
          .n,
    },
    userTokens: {
      create: async (tokenHash, userId, purpose, expiresAt) => {
        db.prepare('INSERT INTO user_tokens (token_hash, user_id, purpose, expires_at, used) VALUES (?, ?, ?, ?, 0)').run(
          tokenHash,
          userId,
          purpose,
          expiresAt,
        );
      },
      consume: async (tokenHash, purpose, now) => {
        const r = db
          .prepare<[string, string, number], { user_id: string }>(
            'UPDATE user_tokens SET used = 1 WHERE token_hash = ? AND purpose = ? AND used = 0 AND expires_at > ? RETURNING user_id',
          )
          .get(tokenHash, purpose, now);
        return r?.user_id ?? null;
      },
      useAllFor: async (userId, purpose) => {
        db.prepare('UPDATE user_tokens SET used = 1 WHERE user_id = ? AND purpose = ? AND used = 0').run(userId, purpose);
      },
    },
    throttle: {
      get: async (key) => {
        const r = db
          .prepare<[string], { failures: number; locked_until: number; updated_at: number }>(
            'SELECT failures, locked_until, updated_at FROM login_throttle WHERE key = ?',
          )
          .get(key);
        return r ? { failures: r.failures, lockedUntil: r.locked_until, updatedAt: r.updated_at } : null;
      },
      set: async (key, failures, lockedUntil, at) => {
        db.prepare(
          `INSERT INTO login_throttle (key, failures, locked_until, updated_at) VALUES (?, ?, ?, ?)
           ON CONFLICT(key) DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until, updated_at = excluded.updated_at`,
        ).run(key, failures, lockedUntil, at);
      },
      clear: async (key) => {
        db.prepare('DELETE FROM login_throttle WHERE key = ?').run(key);
      },
    },
  };
}
