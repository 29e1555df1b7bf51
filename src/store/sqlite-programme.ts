import type Database from 'better-sqlite3';
import type { ProgrammeState } from '../domain/programme-lifecycle.ts';
import { commissionData, type CommissionData } from './programme-data.ts';
import type { CategoryRow, CommissionRow, FacilitatorProfileRow, HoursRow, ProgrammeStore, TransitionRow } from './store.ts';

interface CommissionDb {
  process_id: string;
  category_id: string | null;
  method: string;
  state: ProgrammeState;
  data: string;
  updated_at: number;
  updated_by: string;
}

const toCommission = (r: CommissionDb): CommissionRow => ({
  ...(JSON.parse(r.data) as CommissionData),
  processId: r.process_id,
  categoryId: r.category_id,
  method: r.method,
  state: r.state,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
});

interface ProfileDb {
  org_id: string;
  user_id: string;
  languages: string;
  methods: string;
  availability: string;
  allowance_minutes: number | null;
  updated_at: number;
}
const toProfile = (r: ProfileDb): FacilitatorProfileRow => ({
  orgId: r.org_id,
  userId: r.user_id,
  languages: JSON.parse(r.languages) as string[],
  methods: JSON.parse(r.methods) as string[],
  availability: r.availability,
  allowanceMinutes: r.allowance_minutes,
  updatedAt: r.updated_at,
});

const HISTORY = 'process_id AS processId, from_state AS "from", to_state AS "to", user_id AS userId, at, note';
const CATEGORY = 'id, org_id AS orgId, name, archived, created_at AS createdAt';
const HOURS =
  'id, org_id AS orgId, process_id AS processId, session, user_id AS userId, at, minutes, created_at AS createdAt, created_by AS createdBy';

/** The dialogue programme on SQLite. [SPEC PR1–PR9] */
export function sqliteProgramme(db: Database.Database): ProgrammeStore {
  const transitionTx = db.transaction((t: TransitionRow): boolean => {
    const moved = db.prepare('UPDATE commissions SET state = ? WHERE process_id = ? AND state = ?').run(t.to, t.processId, t.from);
    if (moved.changes !== 1) return false;
    db.prepare('INSERT INTO commission_history (process_id, from_state, to_state, user_id, at, note) VALUES (?, ?, ?, ?, ?, ?)').run(
      t.processId,
      t.from,
      t.to,
      t.userId,
      t.at,
      t.note,
    );
    return true;
  });
  return {
    programme: {
      commission: async (processId) => {
        const r = db.prepare<[string], CommissionDb>('SELECT * FROM commissions WHERE process_id = ?').get(processId);
        return r ? toCommission(r) : null;
      },
      putCommission: async (c) => {
        db.prepare(
          `INSERT INTO commissions (process_id, category_id, method, state, data, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (process_id) DO UPDATE SET category_id = excluded.category_id, method = excluded.method,
             data = excluded.data, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
        ).run(c.processId, c.categoryId, c.method, c.state, JSON.stringify(commissionData(c)), c.updatedAt, c.updatedBy);
      },
      commissionsOf: async (orgId) =>
        db
          .prepare<[string], CommissionDb>(
            'SELECT c.* FROM commissions c JOIN processes p ON p.id = c.process_id WHERE p.org_id = ? ORDER BY p.created_at, p.id',
          )
          .all(orgId)
          .map(toCommission),
      transition: async (t) => transitionTx(t),
      history: async (processId) =>
        db.prepare<[string], TransitionRow>(`SELECT ${HISTORY} FROM commission_history WHERE process_id = ? ORDER BY id`).all(processId),
      categories: async (orgId) =>
        db
          .prepare<[string], Omit<CategoryRow, 'archived'> & { archived: number }>(
            `SELECT ${CATEGORY} FROM programme_categories WHERE org_id = ? ORDER BY created_at, id`,
          )
          .all(orgId)
          .map((r) => ({ ...r, archived: r.archived === 1 })),
      putCategory: async (c) => {
        db.prepare(
          `INSERT INTO programme_categories (id, org_id, name, archived, created_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET name = excluded.name, archived = excluded.archived`,
        ).run(c.id, c.orgId, c.name, c.archived ? 1 : 0, c.createdAt);
      },
      profiles: async (orgId) =>
        db.prepare<[string], ProfileDb>('SELECT * FROM facilitator_profiles WHERE org_id = ? ORDER BY user_id').all(orgId).map(toProfile),
      putProfile: async (p) => {
        db.prepare(
          `INSERT INTO facilitator_profiles (org_id, user_id, languages, methods, availability, allowance_minutes, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (org_id, user_id) DO UPDATE SET languages = excluded.languages, methods = excluded.methods,
             availability = excluded.availability, allowance_minutes = excluded.allowance_minutes, updated_at = excluded.updated_at`,
        ).run(p.orgId, p.userId, JSON.stringify(p.languages), JSON.stringify(p.methods), p.availability, p.allowanceMinutes, p.updatedAt);
      },
      addHours: async (h) => {
        db.prepare(
          `INSERT INTO facilitator_hours (id, org_id, process_id, session, user_id, at, minutes, created_at, created_by)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(h.id, h.orgId, h.processId, h.session, h.userId, h.at, h.minutes, h.createdAt, h.createdBy);
      },
      hoursOf: async (orgId, from, to) =>
        db
          .prepare<[string, number, number], HoursRow>(
            `SELECT ${HOURS} FROM facilitator_hours WHERE org_id = ? AND at >= ? AND at < ? ORDER BY at, id`,
          )
          .all(orgId, from, to),
    },
  };
}
