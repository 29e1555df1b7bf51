import type Database from 'better-sqlite3';
import type { SurveyItem, SurveyPhase, SurveyValue } from '../domain/survey.ts';
import type { SurveyRow, SurveyStore } from './store.ts';

interface SurveyDb {
  id: string;
  process_id: string;
  phase: SurveyPhase;
  items: string;
  closed_at: number | null;
  created_at: number;
}

const toSurvey = (r: SurveyDb): SurveyRow => ({
  id: r.id,
  processId: r.process_id,
  phase: r.phase,
  items: JSON.parse(r.items) as SurveyItem[],
  closedAt: r.closed_at,
  createdAt: r.created_at,
});

/** thrown inside a transaction to roll it back with an answer */
class Abort {
  constructor(readonly result: 'gone' | 'stale') {}
}

/**
 * Wellbeing surveys on SQLite. One connection writes, so the token check, the used flag and the
 * answer insert of one transaction cannot interleave with another's. [SPEC WB3, WB4]
 */
export function sqliteSurvey(db: Database.Database): SurveyStore {
  const q = {
    byId: db.prepare<[string], SurveyDb>('SELECT * FROM surveys WHERE id = ?'),
    useToken: db.prepare<[string], { survey_id: string }>(
      'UPDATE survey_tokens SET used = 1 WHERE token_hash = ? AND used = 0 RETURNING survey_id',
    ),
    insAnswer: db.prepare('INSERT INTO survey_answers (id, survey_id, answers) VALUES (?, ?, ?)'),
  };

  const answerTx = db.transaction((tokenHash: string, answerId: string, values: SurveyValue[], itemCount: number) => {
    const t = q.useToken.get(tokenHash);
    const s = t ? q.byId.get(t.survey_id) : undefined;
    if (!s || s.closed_at !== null) throw new Abort('gone');
    if ((JSON.parse(s.items) as unknown[]).length !== itemCount) throw new Abort('stale');
    q.insAnswer.run(answerId, s.id, JSON.stringify(values));
  });

  const setItemsTx = db.transaction((processId: string, items: SurveyItem[]): boolean => {
    const answered = db
      .prepare<[string], { n: number }>(
        'SELECT count(*) AS n FROM survey_answers a JOIN surveys s ON s.id = a.survey_id WHERE s.process_id = ?',
      )
      .get(processId)!.n;
    if (answered > 0) return false;
    return db.prepare('UPDATE surveys SET items = ? WHERE process_id = ?').run(JSON.stringify(items), processId).changes > 0;
  });

  const addTokensTx = db.transaction((surveyId: string, hashes: string[]) => {
    const ins = db.prepare('INSERT INTO survey_tokens (token_hash, survey_id) VALUES (?, ?)');
    for (const h of hashes) ins.run(h, surveyId);
  });

  return {
    surveys: {
      create: async (s) => {
        db.prepare('INSERT INTO surveys (id, process_id, phase, items, closed_at, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
          s.id,
          s.processId,
          s.phase,
          JSON.stringify(s.items),
          s.closedAt,
          s.createdAt,
        );
      },
      byId: async (id) => {
        const r = q.byId.get(id);
        return r ? toSurvey(r) : null;
      },
      byProcess: async (processId) =>
        db.prepare<[string], SurveyDb>('SELECT * FROM surveys WHERE process_id = ? ORDER BY phase DESC').all(processId).map(toSurvey),
      setItems: async (processId, items) => setItemsTx.immediate(processId, items),
      close: async (id, at) => {
        db.prepare('UPDATE surveys SET closed_at = ? WHERE id = ? AND closed_at IS NULL').run(at, id);
      },
      addTokens: async (surveyId, hashes) => {
        addTokensTx.immediate(surveyId, hashes);
      },
      tokenCounts: async (surveyId) => {
        const r = db
          .prepare<[string], { total: number; used: number | null }>(
            'SELECT count(*) AS total, sum(used) AS used FROM survey_tokens WHERE survey_id = ?',
          )
          .get(surveyId)!;
        return { total: r.total, used: r.used ?? 0 };
      },
      byToken: async (tokenHash) => {
        const r = db
          .prepare<[string], SurveyDb>(
            `SELECT s.* FROM survey_tokens t JOIN surveys s ON s.id = t.survey_id
             WHERE t.token_hash = ? AND t.used = 0 AND s.closed_at IS NULL`,
          )
          .get(tokenHash);
        return r ? toSurvey(r) : null;
      },
      answer: async (tokenHash, answerId, values, itemCount) => {
        try {
          answerTx.immediate(tokenHash, answerId, values, itemCount);
          return 'ok';
        } catch (e) {
          if (e instanceof Abort) return e.result;
          throw e;
        }
      },
      answerCount: async (surveyId) =>
        db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM survey_answers WHERE survey_id = ?').get(surveyId)!.n,
      answers: async (surveyId) =>
        db
          .prepare<[string], { answers: string }>('SELECT answers FROM survey_answers WHERE survey_id = ? ORDER BY id')
          .all(surveyId)
          .map((r) => JSON.parse(r.answers) as SurveyValue[]),
    },
  };
}
