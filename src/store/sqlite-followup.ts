import type Database from 'better-sqlite3';
import type { ActionRow, AuditEntry, FollowupStore, MemberRole } from './store.ts';

interface ActionDb {
  id: string;
  process_id: string;
  title: string;
  owner: string;
  due: string | null;
  status: ActionRow['status'];
  theme: string;
  practice_id: string | null;
  created_at: number;
  updated_at: number;
}
interface AuditDb {
  id: number;
  at: number;
  user_id: string | null;
  action: string;
  target: string;
  detail: string;
  ip: string | null;
}

const toAction = (r: ActionDb): ActionRow => ({
  id: r.id,
  processId: r.process_id,
  title: r.title,
  owner: r.owner,
  due: r.due,
  status: r.status,
  theme: r.theme,
  practiceId: r.practice_id,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Process members, follow-up documents, actions and the audit log on SQLite. */
export function sqliteFollowup(db: Database.Database): FollowupStore {
  return {
    members: {
      set: async (processId, role, userId, at) => {
        if (userId === null) {
          db.prepare('DELETE FROM process_members WHERE process_id = ? AND role = ?').run(processId, role);
          return;
        }
        db.prepare(
          `INSERT INTO process_members (process_id, role, user_id, created_at) VALUES (?, ?, ?, ?)
           ON CONFLICT(process_id, role) DO UPDATE SET user_id = excluded.user_id, created_at = excluded.created_at`,
        ).run(processId, role, userId, at);
      },
      list: async (processId) =>
        db
          .prepare<[string], { user_id: string; role: MemberRole }>('SELECT user_id, role FROM process_members WHERE process_id = ?')
          .all(processId)
          .map((r) => ({ userId: r.user_id, role: r.role })),
      processIdsOf: async (userId) =>
        db
          .prepare<[string], { process_id: string; role: MemberRole }>('SELECT process_id, role FROM process_members WHERE user_id = ?')
          .all(userId)
          .map((r) => ({ processId: r.process_id, role: r.role })),
    },
    docs: {
      get: async (processId, kind) => {
        const r = db
          .prepare<[string, string], { data: string; updated_at: number; updated_by: string }>(
            'SELECT data, updated_at, updated_by FROM process_docs WHERE process_id = ? AND kind = ?',
          )
          .get(processId, kind);
        return r ? { data: r.data, updatedAt: r.updated_at, updatedBy: r.updated_by } : null;
      },
      put: async (processId, kind, row) => {
        db.prepare(
          `INSERT INTO process_docs (process_id, kind, data, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT(process_id, kind) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
        ).run(processId, kind, row.data, row.updatedAt, row.updatedBy);
      },
    },
    actions: {
      create: async (a) => {
        db.prepare(
          `INSERT INTO actions (id, process_id, title, owner, due, status, theme, practice_id, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(a.id, a.processId, a.title, a.owner, a.due, a.status, a.theme, a.practiceId, a.createdAt, a.updatedAt);
      },
      update: async (a) => {
        db.prepare(
          'UPDATE actions SET title = ?, owner = ?, due = ?, status = ?, theme = ?, practice_id = ?, updated_at = ? WHERE id = ?',
        ).run(a.title, a.owner, a.due, a.status, a.theme, a.practiceId, a.updatedAt, a.id);
      },
      byId: async (id) => {
        const r = db.prepare<[string], ActionDb>('SELECT * FROM actions WHERE id = ?').get(id);
        return r ? toAction(r) : null;
      },
      list: async (processId) =>
        db.prepare<[string], ActionDb>('SELECT * FROM actions WHERE process_id = ? ORDER BY created_at, id').all(processId).map(toAction),
    },
    audit: {
      append: async (e: AuditEntry) => {
        db.prepare('INSERT INTO audit_log (at, user_id, action, target, detail, ip) VALUES (?, ?, ?, ?, ?, ?)').run(
          e.at,
          e.userId,
          e.action,
          e.target,
          JSON.stringify(e.detail),
          e.ip,
        );
      },
      list: async (target, limit = 200) =>
        db
          .prepare<[string, number], AuditDb>('SELECT * FROM audit_log WHERE target = ? ORDER BY id DESC LIMIT ?')
          .all(target, limit)
          .map(toAudit),
      listMany: async (targets, limit = 1000) => {
        if (targets.length === 0) return [];
        const marks = targets.map(() => '?').join(', ');
        return db
          .prepare<unknown[], AuditDb>(`SELECT * FROM audit_log WHERE target IN (${marks}) ORDER BY id DESC LIMIT ?`)
          .all(...targets, limit)
          .map(toAudit);
      },
    },
  };
}

const toAudit = (r: AuditDb): AuditEntry & { id: number } => ({
  id: r.id,
  at: r.at,
  userId: r.user_id,
  action: r.action,
  target: r.target,
  detail: JSON.parse(r.detail) as Record<string, unknown>,
  ip: r.ip,
});
