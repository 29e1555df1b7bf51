import type pg from 'pg';
import type { ActionRow, AuditEntry, FollowupStore, MemberRole } from './store.ts';

const ACTION =
  'id, process_id AS "processId", title, owner, due, status, theme, practice_id AS "practiceId", created_at AS "createdAt", updated_at AS "updatedAt"';

/** Process members, follow-up documents, actions and the audit log on PostgreSQL. `s` is the quoted schema. */
export function pgFollowup(pool: pg.Pool, s: string): FollowupStore {
  return {
    members: {
      set: async (processId, role, userId, at) => {
        if (userId === null) {
          await pool.query(`DELETE FROM ${s}.process_members WHERE process_id = $1 AND role = $2`, [processId, role]);
          return;
        }
        await pool.query(
          `INSERT INTO ${s}.process_members (process_id, role, user_id, created_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT (process_id, role) DO UPDATE SET user_id = excluded.user_id, created_at = excluded.created_at`,
          [processId, role, userId, at],
        );
      },
      list: async (processId) =>
        (
          await pool.query<{ userId: string; role: MemberRole }>(
            `SELECT user_id AS "userId", role FROM ${s}.process_members WHERE process_id = $1`,
            [processId],
          )
        ).rows,
      processIdsOf: async (userId) =>
        (
          await pool.query<{ processId: string; role: MemberRole }>(
            `SELECT process_id AS "processId", role FROM ${s}.process_members WHERE user_id = $1`,
            [userId],
          )
        ).rows,
    },
    docs: {
      get: async (processId, kind) =>
        (
          await pool.query<{ data: string; updatedAt: number; updatedBy: string }>(
            `SELECT data, updated_at AS "updatedAt", updated_by AS "updatedBy" FROM ${s}.process_docs WHERE process_id = $1 AND kind = $2`,
            [processId, kind],
          )
        ).rows[0] ?? null,
      put: async (processId, kind, row) => {
        await pool.query(
          `INSERT INTO ${s}.process_docs (process_id, kind, data, updated_at, updated_by) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (process_id, kind) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
          [processId, kind, row.data, row.updatedAt, row.updatedBy],
        );
      },
    },
    actions: {
      create: async (a) => {
        await pool.query(
          `INSERT INTO ${s}.actions (id, process_id, title, owner, due, status, theme, practice_id, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          [a.id, a.processId, a.title, a.owner, a.due, a.status, a.theme, a.practiceId, a.createdAt, a.updatedAt],
        );
      },
      update: async (a) => {
        await pool.query(
          `UPDATE ${s}.actions SET title = $1, owner = $2, due = $3, status = $4, theme = $5, practice_id = $6, updated_at = $7 WHERE id = $8`,
          [a.title, a.owner, a.due, a.status, a.theme, a.practiceId, a.updatedAt, a.id],
        );
      },
      byId: async (id) => (await pool.query<ActionRow>(`SELECT ${ACTION} FROM ${s}.actions WHERE id = $1`, [id])).rows[0] ?? null,
      list: async (processId) =>
        (await pool.query<ActionRow>(`SELECT ${ACTION} FROM ${s}.actions WHERE process_id = $1 ORDER BY created_at, id`, [processId])).rows,
    },
    audit: {
      append: async (e: AuditEntry) => {
        await pool.query(`INSERT INTO ${s}.audit_log (at, user_id, action, target, detail, ip) VALUES ($1, $2, $3, $4, $5::jsonb, $6)`, [
          e.at,
          e.userId,
          e.action,
          e.target,
          JSON.stringify(e.detail),
          e.ip,
        ]);
      },
      list: async (target, limit = 200) =>
        (
          await pool.query<AuditEntry & { id: number }>(
            `SELECT id, at, user_id AS "userId", action, target, detail, ip FROM ${s}.audit_log WHERE target = $1 ORDER BY id DESC LIMIT $2`,
            [target, limit],
          )
        ).rows,
      listMany: async (targets, limit = 1000) =>
        (
          await pool.query<AuditEntry & { id: number }>(
            `SELECT id, at, user_id AS "userId", action, target, detail, ip FROM ${s}.audit_log WHERE target = ANY($1) ORDER BY id DESC LIMIT $2`,
            [targets, limit],
          )
        ).rows,
    },
  };
}
