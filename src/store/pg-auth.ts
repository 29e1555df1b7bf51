import type pg from 'pg';
import type { AuthStore } from './store.ts';

/** Two-factor secrets, recovery codes, one-time user tokens and sign-in throttling on PostgreSQL. `s` is the quoted schema. */
export function pgAuth(pool: pg.Pool, s: string): AuthStore {
  return {
    mfa: {
      get: async (userId) => {
        const r = await pool.query<{ secret: string | null; enabledAt: number | null }>(
          `SELECT totp_secret AS secret, totp_enabled_at AS "enabledAt" FROM ${s}.users WHERE id = $1`,
          [userId],
        );
        return { secret: r.rows[0]?.secret ?? null, enabledAt: r.rows[0]?.enabledAt ?? null };
      },
      set: async (userId, secret, enabledAt) => {
        await pool.query(`UPDATE ${s}.users SET totp_secret = $1, totp_enabled_at = $2 WHERE id = $3`, [secret, enabledAt, userId]);
      },
      setRecoveryCodes: async (userId, hashes) => {
        // all or nothing: a half-replaced set would leave old codes working
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          await client.query(`DELETE FROM ${s}.recovery_codes WHERE user_id = $1`, [userId]);
          if (hashes.length > 0) {
            await client.query(
              `INSERT INTO ${s}.recovery_codes (user_id, code_hash, used_at) SELECT $1, h, NULL FROM unnest($2::text[]) AS h ON CONFLICT DO NOTHING`,
              [userId, hashes],
            );
          }
          await client.query('COMMIT');
        } catch (e) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw e;
        } finally {
          client.release();
        }
      },
      useRecoveryCode: async (userId, hash, at) => {
        // one statement, so two requests with the same code cannot both succeed
        const r = await pool.query(
          `UPDATE ${s}.recovery_codes SET used_at = $1 WHERE user_id = $2 AND code_hash = $3 AND used_at IS NULL`,
          [at, userId, hash],
        );
        return r.rowCount === 1;
      },
      unusedRecoveryCodes: async (userId) =>
        (
          await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${s}.recovery_codes WHERE user_id = $1 AND used_at IS NULL`, [
            userId,
          ])
        ).rows[0]!.n,
    },
    userTokens: {
      create: async (tokenHash, userId, purpose, expiresAt) => {
        await pool.query(`INSERT INTO ${s}.user_tokens (token_hash, user_id, purpose, expires_at, used) VALUES ($1, $2, $3, $4, FALSE)`, [
          tokenHash,
          userId,
          purpose,
          expiresAt,
        ]);
      },
      consume: async (tokenHash, purpose, now) => {
        const r = await pool.query<{ userId: string }>(
          `UPDATE ${s}.user_tokens SET used = TRUE WHERE token_hash = $1 AND purpose = $2 AND NOT used AND expires_at > $3
           RETURNING user_id AS "userId"`,
          [tokenHash, purpose, now],
        );
        return r.rows[0]?.userId ?? null;
      },
      useAllFor: async (userId, purpose) => {
        await pool.query(`UPDATE ${s}.user_tokens SET used = TRUE WHERE user_id = $1 AND purpose = $2 AND NOT used`, [userId, purpose]);
      },
    },
    throttle: {
      get: async (key) =>
        (
          await pool.query<{ failures: number; lockedUntil: number; updatedAt: number }>(
            `SELECT failures, locked_until AS "lockedUntil", updated_at AS "updatedAt" FROM ${s}.login_throttle WHERE key = $1`,
            [key],
          )
        ).rows[0] ?? null,
      set: async (key, failures, lockedUntil, at) => {
        await pool.query(
          `INSERT INTO ${s}.login_throttle (key, failures, locked_until, updated_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT (key) DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until, updated_at = excluded.updated_at`,
          [key, failures, lockedUntil, at],
        );
      },
      clear: async (key) => {
        await pool.query(`DELETE FROM ${s}.login_throttle WHERE key = $1`, [key]);
      },
    },
  };
}
