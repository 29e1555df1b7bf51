import type pg from 'pg';
import type { CategoryRow, CommissionRow, FacilitatorProfileRow, HoursRow, ProgrammeStore, TransitionRow } from './store.ts';
import { commissionData } from './programme-data.ts';

const COMMISSION =
  'c.process_id AS "processId", c.category_id AS "categoryId", c.method, c.state, c.data, c.updated_at AS "updatedAt", c.updated_by AS "updatedBy"';
const HISTORY = 'process_id AS "processId", from_state AS "from", to_state AS "to", user_id AS "userId", at, note';
const CATEGORY = 'id, org_id AS "orgId", name, archived, created_at AS "createdAt"';
const PROFILE =
  'org_id AS "orgId", user_id AS "userId", languages, methods, availability, allowance_minutes AS "allowanceMinutes", updated_at AS "updatedAt"';
const HOURS =
  'id, org_id AS "orgId", process_id AS "processId", session, user_id AS "userId", at, minutes, created_at AS "createdAt", created_by AS "createdBy"';

type CommissionDb = Pick<CommissionRow, 'processId' | 'categoryId' | 'method' | 'state' | 'updatedAt' | 'updatedBy'> & { data: object };
const toCommission = ({ data, ...cols }: CommissionDb): CommissionRow => ({ ...(data as unknown as CommissionRow), ...cols });

/** The dialogue programme on PostgreSQL. `s` is the quoted schema. [SPEC PR1–PR9] */
export function pgProgramme(pool: pg.Pool, s: string): ProgrammeStore {
  const rows = async <T extends pg.QueryResultRow>(text: string, values: unknown[]): Promise<T[]> =>
    (await pool.query<T>(text, values)).rows;
  return {
    programme: {
      commission: async (processId) => {
        const [r] = await rows<CommissionDb>(`SELECT ${COMMISSION} FROM ${s}.commissions c WHERE c.process_id = $1`, [processId]);
        return r ? toCommission(r) : null;
      },
      putCommission: async (c) => {
        await pool.query(
          `INSERT INTO ${s}.commissions (process_id, category_id, method, state, data, updated_at, updated_by) VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (process_id) DO UPDATE SET category_id = excluded.category_id, method = excluded.method,
             data = excluded.data, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
          [c.processId, c.categoryId, c.method, c.state, JSON.stringify(commissionData(c)), c.updatedAt, c.updatedBy],
        );
      },
      commissionsOf: async (orgId) =>
        (
          await rows<CommissionDb>(
            `SELECT ${COMMISSION} FROM ${s}.commissions c JOIN ${s}.processes p ON p.id = c.process_id WHERE p.org_id = $1 ORDER BY p.created_at, p.id`,
            [orgId],
          )
        ).map(toCommission),
      // one statement: the history row is written only if the state moved
      transition: async (t: TransitionRow) => {
        const r = await pool.query(
          `WITH moved AS (UPDATE ${s}.commissions SET state = $3 WHERE process_id = $1 AND state = $2 RETURNING process_id)
           INSERT INTO ${s}.commission_history (process_id, from_state, to_state, user_id, at, note)
           SELECT process_id, $2, $3, $4, $5, $6 FROM moved`,
          [t.processId, t.from, t.to, t.userId, t.at, t.note],
        );
        return r.rowCount === 1;
      },
      history: (processId) =>
        rows<TransitionRow>(`SELECT ${HISTORY} FROM ${s}.commission_history WHERE process_id = $1 ORDER BY id`, [processId]),
      categories: (orgId) =>
        rows<CategoryRow>(`SELECT ${CATEGORY} FROM ${s}.programme_categories WHERE org_id = $1 ORDER BY created_at, id`, [orgId]),
      putCategory: async (c) => {
        await pool.query(
          `INSERT INTO ${s}.programme_categories (id, org_id, name, archived, created_at) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (id) DO UPDATE SET name = excluded.name, archived = excluded.archived`,
          [c.id, c.orgId, c.name, c.archived, c.createdAt],
        );
      },
      profiles: (orgId) =>
        rows<FacilitatorProfileRow>(`SELECT ${PROFILE} FROM ${s}.facilitator_profiles WHERE org_id = $1 ORDER BY user_id`, [orgId]),
      putProfile: async (p) => {
        await pool.query(
          `INSERT INTO ${s}.facilitator_profiles (org_id, user_id, languages, methods, availability, allowance_minutes, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (org_id, user_id) DO UPDATE SET languages = excluded.languages, methods = excluded.methods,
             availability = excluded.availability, allowance_minutes = excluded.allowance_minutes, updated_at = excluded.updated_at`,
          [p.orgId, p.userId, JSON.stringify(p.languages), JSON.stringify(p.methods), p.availability, p.allowanceMinutes, p.updatedAt],
        );
      },
      addHours: async (h) => {
        await pool.query(
          `INSERT INTO ${s}.facilitator_hours (id, org_id, process_id, session, user_id, at, minutes, created_at, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [h.id, h.orgId, h.processId, h.session, h.userId, h.at, h.minutes, h.createdAt, h.createdBy],
        );
      },
      hoursOf: (orgId, from, to) =>
        rows<HoursRow>(`SELECT ${HOURS} FROM ${s}.facilitator_hours WHERE org_id = $1 AND at >= $2 AND at < $3 ORDER BY at, id`, [
          orgId,
          from,
          to,
        ]),
    },
  };
}
