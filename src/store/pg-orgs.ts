import type pg from 'pg';
import type { OrgRole, OrgRow, OrgStore } from './store.ts';

const ORG = 'id, name, require_2fa AS "require2fa", retention_months AS "retentionMonths", created_at AS "createdAt"';

/** Organisations and their members on PostgreSQL. `s` is the quoted schema. */
export function pgOrgs(pool: pg.Pool, s: string): OrgStore {
  const one = async (text: string, values: unknown[]): Promise<OrgRow | null> => (await pool.query<OrgRow>(text, values)).rows[0] ?? null;
  return {
    orgs: {
      create: async (o) => {
        await pool.query(
          `INSERT INTO ${s}.organisations (id, name, require_2fa, retention_months, created_at) VALUES ($1, $2, $3, $4, $5)`,
          [o.id, o.name, o.require2fa, o.retentionMonths, o.createdAt],
        );
      },
      update: async (o) => {
        await pool.query(`UPDATE ${s}.organisations SET name = $1, require_2fa = $2, retention_months = $3 WHERE id = $4`, [
          o.name,
          o.require2fa,
          o.retentionMonths,
          o.id,
        ]);
      },
      byId: (id) => one(`SELECT ${ORG} FROM ${s}.organisations WHERE id = $1`, [id]),
      byName: (name) => one(`SELECT ${ORG} FROM ${s}.organisations WHERE name = $1`, [name]),
      list: async () => (await pool.query<OrgRow>(`SELECT ${ORG} FROM ${s}.organisations ORDER BY name`)).rows,
      addMember: async (orgId, userId, role, at) => {
        await pool.query(
          `INSERT INTO ${s}.org_members (org_id, user_id, role, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
          [orgId, userId, role, at],
        );
      },
      removeMember: async (orgId, userId, role) => {
        await pool.query(`DELETE FROM ${s}.org_members WHERE org_id = $1 AND user_id = $2 AND role = $3`, [orgId, userId, role]);
      },
      members: async (orgId) =>
        (
          await pool.query<{ userId: string; role: OrgRole }>(
            `SELECT user_id AS "userId", role FROM ${s}.org_members WHERE org_id = $1 ORDER BY created_at, user_id, role`,
            [orgId],
          )
        ).rows,
      rolesOf: async (userId) =>
        (
          await pool.query<{ orgId: string; role: OrgRole }>(
            `SELECT org_id AS "orgId", role FROM ${s}.org_members WHERE user_id = $1 ORDER BY org_id, role`,
            [userId],
          )
        ).rows,
    },
  };
}
