import type Database from 'better-sqlite3';
import type { OrgRole, OrgRow, OrgStore } from './store.ts';

interface OrgDb {
  id: string;
  name: string;
  require_2fa: number;
  retention_months: number;
  created_at: number;
}
const toOrg = (r: OrgDb): OrgRow => ({
  id: r.id,
  name: r.name,
  require2fa: r.require_2fa === 1,
  retentionMonths: r.retention_months,
  createdAt: r.created_at,
});

/** Organisations and their members on SQLite. */
export function sqliteOrgs(db: Database.Database): OrgStore {
  return {
    orgs: {
      create: async (o) => {
        db.prepare('INSERT INTO organisations (id, name, require_2fa, retention_months, created_at) VALUES (?, ?, ?, ?, ?)').run(
          o.id,
          o.name,
          o.require2fa ? 1 : 0,
          o.retentionMonths,
          o.createdAt,
        );
      },
      update: async (o) => {
        db.prepare('UPDATE organisations SET name = ?, require_2fa = ?, retention_months = ? WHERE id = ?').run(
          o.name,
          o.require2fa ? 1 : 0,
          o.retentionMonths,
          o.id,
        );
      },
      byId: async (id) => {
        const r = db.prepare<[string], OrgDb>('SELECT * FROM organisations WHERE id = ?').get(id);
        return r ? toOrg(r) : null;
      },
      byName: async (name) => {
        const r = db.prepare<[string], OrgDb>('SELECT * FROM organisations WHERE name = ?').get(name);
        return r ? toOrg(r) : null;
      },
      list: async () => db.prepare<[], OrgDb>('SELECT * FROM organisations ORDER BY name').all().map(toOrg),
      addMember: async (orgId, userId, role, at) => {
        db.prepare('INSERT OR IGNORE INTO org_members (org_id, user_id, role, created_at) VALUES (?, ?, ?, ?)').run(
          orgId,
          userId,
          role,
          at,
        );
      },
      removeMember: async (orgId, userId, role) => {
        db.prepare('DELETE FROM org_members WHERE org_id = ? AND user_id = ? AND role = ?').run(orgId, userId, role);
      },
      members: async (orgId) =>
        db
          .prepare<[string], { user_id: string; role: OrgRole }>(
            'SELECT user_id, role FROM org_members WHERE org_id = ? ORDER BY created_at, user_id, role',
          )
          .all(orgId)
          .map((r) => ({ userId: r.user_id, role: r.role })),
      rolesOf: async (userId) =>
        db
          .prepare<[string], { org_id: string; role: OrgRole }>(
            'SELECT org_id, role FROM org_members WHERE user_id = ? ORDER BY org_id, role',
          )
          .all(userId)
          .map((r) => ({ orgId: r.org_id, role: r.role })),
    },
  };
}
