import type pg from 'pg';
import { practiceData, prefixEnd, type PracticeData } from './sqlite-library.ts';
import type { LibraryPracticeRow, LibraryStore, MeetupItem, MeetupRow } from './store.ts';

const PRACTICE =
  'id, org_id AS "orgId", scope, process_id AS "processId", practice_id AS "practiceId", data, published_by AS "publishedBy", published_at AS "publishedAt"';
const MEETUP =
  'id, org_id AS "orgId", title, date, place, description, public_token_hash AS "publicTokenHash", public_token_sealed AS "publicTokenSealed", created_by AS "createdBy", created_at AS "createdAt", updated_at AS "updatedAt"';

type PracticeDb = Omit<LibraryPracticeRow, keyof PracticeData> & { data: PracticeData };
const toPractice = ({ data, ...cols }: PracticeDb): LibraryPracticeRow => ({ ...data, ...cols });

/** Runs fn in one transaction on one connection; a thrown value rolls it back. */
async function inTx(pool: pg.Pool, fn: (c: pg.PoolClient) => Promise<void>): Promise<void> {
  const c = await pool.connect();
  let broken: Error | undefined;
  try {
    await c.query('BEGIN');
    await fn(c);
    await c.query('COMMIT');
  } catch (e) {
    await c.query('ROLLBACK').catch((re: Error) => {
      broken = re;
    });
    throw e;
  } finally {
    c.release(broken);
  }
}

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

/** The practice library and meetups on PostgreSQL. `s` is the quoted schema. [SPEC L1–L10] */
export function pgLibrary(pool: pg.Pool, s: string): LibraryStore {
  const rows = async <T extends pg.QueryResultRow>(text: string, values: unknown[]): Promise<T[]> =>
    (await pool.query<T>(text, values)).rows;
  const practices = async (where: string, values: unknown[]) =>
    (await rows<PracticeDb>(`SELECT ${PRACTICE} FROM ${s}.library_practices WHERE ${where}`, values)).map(toPractice);
  const meetup = async (where: string, value: string) =>
    (await rows<MeetupRow>(`SELECT ${MEETUP} FROM ${s}.meetups WHERE ${where}`, [value]))[0] ?? null;
  return {
    library: {
      publish: (p, keys) =>
        inTx(pool, async (c) => {
          await c.query(
            `INSERT INTO ${s}.library_practices (id, org_id, scope, process_id, practice_id, data, published_by, published_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
            [p.id, p.orgId, p.scope, p.processId, p.practiceId, JSON.stringify(practiceData(p)), p.publishedBy, p.publishedAt],
          );
          if (keys.length === 0) return;
          await c.query(
            `INSERT INTO ${s}.library_keys (practice_id, stem, weight) SELECT $1, k.stem, k.weight FROM unnest($2::text[], $3::int[]) AS k(stem, weight)`,
            [p.id, keys.map((k) => k.key), keys.map((k) => k.weight)],
          );
        }),
      byId: async (id) => (await practices('id = $1', [id]))[0] ?? null,
      byProcess: (processId) => practices('process_id = $1 ORDER BY published_at, id', [processId]),
      setScope: async (id, scope) => {
        await pool.query(`UPDATE ${s}.library_practices SET scope = $1 WHERE id = $2`, [scope, id]);
      },
      withdraw: (id) =>
        inTx(pool, async (c) => {
          await c.query(`DELETE FROM ${s}.meetup_items WHERE practice_id = $1`, [id]);
          await c.query(`DELETE FROM ${s}.library_keys WHERE practice_id = $1`, [id]);
          await c.query(`DELETE FROM ${s}.library_practices WHERE id = $1`, [id]);
        }),
      visible: (orgIds, shared) =>
        practices(`(org_id = ANY($1::text[]) ${shared ? "OR scope = 'shared'" : ''}) ORDER BY published_at DESC, id`, [orgIds]),
      keysWithPrefix: async (prefix) =>
        rows<{ recordId: string; key: string; weight: number }>(
          `SELECT practice_id AS "recordId", stem AS key, weight FROM ${s}.library_keys WHERE stem >= $1 AND stem < $2`,
          [prefix, prefixEnd(prefix)],
        ),
    },
    meetups: {
      create: async (m) => {
        await pool.query(
          `INSERT INTO ${s}.meetups (org_id, title, date, place, description, public_token_hash, public_token_sealed, updated_at, id, created_by, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
          [...meetupParams(m), m.createdBy, m.createdAt],
        );
      },
      update: async (m) => {
        await pool.query(
          `UPDATE ${s}.meetups SET org_id = $1, title = $2, date = $3, place = $4, description = $5, public_token_hash = $6,
           public_token_sealed = $7, updated_at = $8 WHERE id = $9`,
          meetupParams(m),
        );
      },
      byId: (id) => meetup('id = $1', id),
      byTokenHash: (hash) => meetup('public_token_hash = $1', hash),
      listByOrg: (orgId) => rows<MeetupRow>(`SELECT ${MEETUP} FROM ${s}.meetups WHERE org_id = $1 ORDER BY created_at DESC, id`, [orgId]),
      setItems: (meetupId, items: MeetupItem[]) =>
        inTx(pool, async (c) => {
          await c.query(`DELETE FROM ${s}.meetup_items WHERE meetup_id = $1`, [meetupId]);
          if (items.length === 0) return;
          await c.query(
            `INSERT INTO ${s}.meetup_items (meetup_id, position, practice_id, note)
             SELECT $1, i.ord - 1, i.practice_id, i.note FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS i(practice_id, note, ord)`,
            [meetupId, items.map((i) => i.practiceId), items.map((i) => i.note)],
          );
        }),
      items: (meetupId) =>
        rows<MeetupItem>(`SELECT practice_id AS "practiceId", note FROM ${s}.meetup_items WHERE meetup_id = $1 ORDER BY position`, [
          meetupId,
        ]),
      delete: (id) =>
        inTx(pool, async (c) => {
          await c.query(`DELETE FROM ${s}.meetup_items WHERE meetup_id = $1`, [id]);
          await c.query(`DELETE FROM ${s}.meetups WHERE id = $1`, [id]);
        }),
    },
  };
}
