import type pg from 'pg';
import type { SurveyItem, SurveyValue } from '../domain/survey.ts';
import type { SurveyRow, SurveyStore } from './store.ts';

const SURVEY = 'id, process_id AS "processId", phase, items, closed_at AS "closedAt", created_at AS "createdAt"';
const SURVEY_SV = 'sv.id, sv.process_id AS "processId", sv.phase, sv.items, sv.closed_at AS "closedAt", sv.created_at AS "createdAt"';

/** Runs fn in one READ COMMITTED transaction on one connection; a thrown value rolls it back. */
async function inTx<T>(pool: pg.Pool, fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const c = await pool.connect();
  let broken: Error | undefined;
  try {
    await c.query('BEGIN ISOLATION LEVEL READ COMMITTED');
    const v = await fn(c);
    await c.query('COMMIT');
    return v;
  } catch (e) {
    await c.query('ROLLBACK').catch((re: Error) => {
      broken = re;
    });
    throw e;
  } finally {
    c.release(broken);
  }
}

class Abort {
  constructor(readonly result: 'gone' | 'stale') {}
}

/**
 * Wellbeing surveys on PostgreSQL. An answer locks its token row (UPDATE … WHERE NOT used: a
 * second writer of the same token waits and then finds it used) and shares the survey row, so
 * closing or editing items waits for answers in flight and vice versa. [SPEC WB3, WB4]
 */
export function pgSurvey(pool: pg.Pool, s: string): SurveyStore {
  async function answerIn(c: pg.PoolClient, tokenHash: string, answerId: string, values: SurveyValue[], itemCount: number) {
    const t = await c.query<{ survey_id: string }>(
      `UPDATE ${s}.survey_tokens SET used = TRUE WHERE token_hash = $1 AND NOT used RETURNING survey_id`,
      [tokenHash],
    );
    const surveyId = t.rows[0]?.survey_id;
    if (!surveyId) throw new Abort('gone');
    const sv = await c.query<{ closed: boolean; n: number }>(
      `SELECT closed_at IS NOT NULL AS closed, jsonb_array_length(items) AS n FROM ${s}.surveys WHERE id = $1 FOR SHARE`,
      [surveyId],
    );
    if (!sv.rows[0] || sv.rows[0].closed) throw new Abort('gone');
    if (sv.rows[0].n !== itemCount) throw new Abort('stale');
    await c.query(`INSERT INTO ${s}.survey_answers (id, survey_id, answers) VALUES ($1, $2, $3::jsonb)`, [
      answerId,
      surveyId,
      JSON.stringify(values),
    ]);
  }

  async function setItemsIn(c: pg.PoolClient, processId: string, items: SurveyItem[]): Promise<boolean> {
    // lock the surveys first: answers in flight hold FOR SHARE on them, so the count below sees them
    const locked = await c.query(`SELECT id FROM ${s}.surveys WHERE process_id = $1 FOR UPDATE`, [processId]);
    if (locked.rowCount === 0) return false;
    const answered = await c.query(
      `SELECT 1 FROM ${s}.survey_answers a JOIN ${s}.surveys sv ON sv.id = a.survey_id WHERE sv.process_id = $1 LIMIT 1`,
      [processId],
    );
    if (answered.rowCount !== 0) return false;
    await c.query(`UPDATE ${s}.surveys SET items = $1::jsonb WHERE process_id = $2`, [JSON.stringify(items), processId]);
    return true;
  }

  return {
    surveys: {
      create: async (r) => {
        await pool.query(
          `INSERT INTO ${s}.surveys (id, process_id, phase, items, closed_at, created_at) VALUES ($1, $2, $3, $4::jsonb, $5, $6)`,
          [r.id, r.processId, r.phase, JSON.stringify(r.items), r.closedAt, r.createdAt],
        );
      },
      byId: async (id) => (await pool.query<SurveyRow>(`SELECT ${SURVEY} FROM ${s}.surveys WHERE id = $1`, [id])).rows[0] ?? null,
      byProcess: async (processId) =>
        (await pool.query<SurveyRow>(`SELECT ${SURVEY} FROM ${s}.surveys WHERE process_id = $1 ORDER BY phase DESC`, [processId])).rows,
      setItems: (processId, items) => inTx(pool, (c) => setItemsIn(c, processId, items)),
      close: async (id, at) => {
        await pool.query(`UPDATE ${s}.surveys SET closed_at = $1 WHERE id = $2 AND closed_at IS NULL`, [at, id]);
      },
      addTokens: async (surveyId, hashes) => {
        await pool.query(`INSERT INTO ${s}.survey_tokens (token_hash, survey_id) SELECT h, $2 FROM unnest($1::text[]) AS h`, [
          hashes,
          surveyId,
        ]);
      },
      tokenCounts: async (surveyId) => {
        const r = await pool.query<{ total: number; used: number }>(
          `SELECT count(*)::int AS total, count(*) FILTER (WHERE used)::int AS used FROM ${s}.survey_tokens WHERE survey_id = $1`,
          [surveyId],
        );
        return r.rows[0]!;
      },
      byToken: async (tokenHash) =>
        (
          await pool.query<SurveyRow>(
            `SELECT ${SURVEY_SV} FROM ${s}.survey_tokens t JOIN ${s}.surveys sv ON sv.id = t.survey_id
             WHERE t.token_hash = $1 AND NOT t.used AND sv.closed_at IS NULL`,
            [tokenHash],
          )
        ).rows[0] ?? null,
      answer: async (tokenHash, answerId, values, itemCount) => {
        try {
          await inTx(pool, (c) => answerIn(c, tokenHash, answerId, values, itemCount));
          return 'ok';
        } catch (e) {
          if (e instanceof Abort) return e.result;
          throw e;
        }
      },
      answerCount: async (surveyId) =>
        (await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${s}.survey_answers WHERE survey_id = $1`, [surveyId])).rows[0]!.n,
      answers: async (surveyId) =>
        (
          await pool.query<{ answers: SurveyValue[] }>(`SELECT answers FROM ${s}.survey_answers WHERE survey_id = $1 ORDER BY id`, [
            surveyId,
          ])
        ).rows.map((r) => r.answers),
    },
  };
}
