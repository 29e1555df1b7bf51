import type Database from 'better-sqlite3';
import type { LibraryPracticeRow, LibraryStore, MeetupItem, MeetupRow } from './store.ts';

/** The columns of a library record besides its JSON data. */
type PracticeCols = Pick<LibraryPracticeRow, 'id' | 'orgId' | 'scope' | 'processId' | 'practiceId' | 'publishedBy' | 'publishedAt'>;
/** What the data column holds (the copied texts and the provenance). */
export type PracticeData = Omit<LibraryPracticeRow, keyof PracticeCols>;

export function practiceData(p: LibraryPracticeRow): PracticeData {
  const { id: _i, orgId: _o, scope: _s, processId: _p, practiceId: _r, publishedBy: _b, publishedAt: _a, ...data } = p;
  return data;
}

interface PracticeDb {
  id: string;
  org_id: string;
  scope: LibraryPracticeRow['scope'];
  process_id: string;
  practice_id: string;
  data: string;
  published_by: string;
  published_at: number;
}
const toPractice = (r: PracticeDb): LibraryPracticeRow => ({
  ...(JSON.parse(r.data) as PracticeData),
  id: r.id,
  orgId: r.org_id,
  scope: r.scope,
  processId: r.process_id,
  practiceId: r.practice_id,
  publishedBy: r.published_by,
  publishedAt: r.published_at,
});

interface MeetupDb {
  id: string;
  org_id: string;
  title: string;
  date: string | null;
  place: string;
  description: string;
  public_token_hash: string | null;
  public_token_sealed: string | null;
  created_by: string;
  created_at: number;
  updated_at: number;
}
const toMeetup = (r: MeetupDb): MeetupRow => ({
  id: r.id,
  orgId: r.org_id,
  title: r.title,
  date: r.date,
  place: r.place,
  description: r.description,
  publicTokenHash: r.public_token_hash,
  publicTokenSealed: r.public_token_sealed,
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
const meetupParams = (m: MeetupRow) => [
  m.orgId,
  m.title,
  m.date,
  m.place,
  m.description,
  m.publicTokenHash,
  m.publicTokenSealed,
  m.updatedAt,
  m.id,
];

/** Upper bound of a prefix range: every string that begins with the prefix sorts below it. */
export const prefixEnd = (prefix: string): string => `${prefix}\uffff`;

/** The practice library and meetups on SQLite. [SPEC L1–L10] */
export function sqliteLibrary(db: Database.Database): LibraryStore {
  const publishTx = db.transaction((p: LibraryPracticeRow, keys: { key: string; weight: number }[]) => {
    db.prepare(
      `INSERT INTO library_practices (id, org_id, scope, process_id, practice_id, data, published_by, published_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(p.id, p.orgId, p.scope, p.processId, p.practiceId, JSON.stringify(practiceData(p)), p.publishedBy, p.publishedAt);
    const key = db.prepare('INSERT INTO library_keys (practice_id, stem, weight) VALUES (?, ?, ?)');
    for (const k of keys) key.run(p.id, k.key, k.weight);
  });
  const withdrawTx = db.transaction((id: string) => {
    db.prepare('DELETE FROM meetup_items WHERE practice_id = ?').run(id);
    db.prepare('DELETE FROM library_keys WHERE practice_id = ?').run(id);
    db.prepare('DELETE FROM library_practices WHERE id = ?').run(id);
  });
  const itemsTx = db.transaction((meetupId: string, items: MeetupItem[]) => {
    db.prepare('DELETE FROM meetup_items WHERE meetup_id = ?').run(meetupId);
    const ins = db.prepare('INSERT INTO meetup_items (meetup_id, position, practice_id, note) VALUES (?, ?, ?, ?)');
    items.forEach((it, i) => ins.run(meetupId, i, it.practiceId, it.note));
  });
  const deleteTx = db.transaction((id: string) => {
    db.prepare('DELETE FROM meetup_items WHERE meetup_id = ?').run(id);
    db.prepare('DELETE FROM meetups WHERE id = ?').run(id);
  });
  const practices = (sql: string, ...args: unknown[]) =>
    db
      .prepare<unknown[], PracticeDb>(sql)
      .all(...args)
      .map(toPractice);
  const meetup = (sql: string, arg: string) => {
    const r = db.prepare<[string], MeetupDb>(sql).get(arg);
    return r ? toMeetup(r) : null;
  };
  return {
    library: {
      publish: async (p, keys) => publishTx(p, keys),
      byId: async (id) => practices('SELECT * FROM library_practices WHERE id = ?', id)[0] ?? null,
      byProcess: async (processId) =>
        practices('SELECT * FROM library_practices WHERE process_id = ? ORDER BY published_at, id', processId),
      setScope: async (id, scope) => {
        db.prepare('UPDATE library_practices SET scope = ? WHERE id = ?').run(scope, id);
      },
      withdraw: async (id) => withdrawTx(id),
      visible: async (orgIds, shared) => {
        const marks = orgIds.map(() => '?').join(', ') || 'NULL';
        return practices(
          `SELECT * FROM library_practices WHERE org_id IN (${marks}) ${shared ? "OR scope = 'shared'" : ''} ORDER BY published_at DESC, id`,
          ...orgIds,
        );
      },
      keysWithPrefix: async (prefix) =>
        db
          .prepare<[string, string], { practice_id: string; stem: string; weight: number }>(
            'SELECT practice_id, stem, weight FROM library_keys WHERE stem >= ? AND stem < ?',
          )
          .all(prefix, prefixEnd(prefix))
          .map((r) => ({ recordId: r.practice_id, key: r.stem, weight: r.weight })),
    },
    meetups: {
      create: async (m) => {
        db.prepare(
          `INSERT INTO meetups (org_id, title, date, place, description, public_token_hash, public_token_sealed, updated_at, id, created_by, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(...meetupParams(m), m.createdBy, m.createdAt);
      },
      update: async (m) => {
        db.prepare(
          `UPDATE meetups SET org_id = ?, title = ?, date = ?, place = ?, description = ?, public_token_hash = ?, public_token_sealed = ?,
           updated_at = ? WHERE id = ?`,
        ).run(...meetupParams(m));
      },
      byId: async (id) => meetup('SELECT * FROM meetups WHERE id = ?', id),
      byTokenHash: async (hash) => meetup('SELECT * FROM meetups WHERE public_token_hash = ?', hash),
      listByOrg: async (orgId) =>
        db.prepare<[string], MeetupDb>('SELECT * FROM meetups WHERE org_id = ? ORDER BY created_at DESC, id').all(orgId).map(toMeetup),
      setItems: async (meetupId, items) => itemsTx(meetupId, items),
      items: async (meetupId) =>
        db
          .prepare<[string], { practice_id: string; note: string }>(
            'SELECT practice_id, note FROM meetup_items WHERE meetup_id = ? ORDER BY position',
          )
          .all(meetupId)
          .map((r) => ({ practiceId: r.practice_id, note: r.note })),
      delete: async (id) => deleteTx(id),
    },
  };
}
