import { DomainError } from '../domain/errors.ts';
import { compareSurveys, surveyStats } from '../domain/survey-stats.ts';
import { unitResult, type UnitSurvey } from '../domain/survey-units.ts';
import { DEFAULT_SURVEY_ITEMS, fitsItems, itemText, SURVEY_K, SURVEY_LIMITS, type SurveyItem, type SurveyPhase } from '../domain/survey.ts';
import type { ProcessRole } from '../protocol/http-schema.ts';
import type { PublicSurveyView, SurveyPhaseResult, SurveyResultsView, SurveyView, UnitSurveyView } from '../protocol/survey-schema.ts';
import type { ProcessRow, Store, SurveyRow } from '../store/store.ts';
import { hashToken, newId, newToken } from './crypto-util.ts';
import type { Who } from './followup-service.ts';
import type { ProcessService } from './process-service.ts';

/**
 * The wellbeing survey of a process (issue 9): a pre and a post survey with the same items,
 * answered through single-use links; results only as aggregates with k-anonymity. The process's
 * facilitator and commissioner manage it, coordinators and org admins read; anyone else gets
 * not_found. Answers are never written to the audit log. [SPEC WB1–WB10]
 */
export class SurveyService {
  constructor(
    private readonly store: Store,
    private readonly processes: ProcessService,
    private readonly now: () => number,
  ) {}

  /** The process and the user's role in it; writes need the facilitator or the commissioner. [SPEC WB8] */
  private async access(userId: string, processId: string, write = false): Promise<{ process: ProcessRow; role: ProcessRole }> {
    const r = await this.processes.role(userId, processId);
    if (!r) throw new DomainError('not_found');
    if (write && r.role === 'coordinator') throw new DomainError('forbidden');
    return r;
  }

  private async view(s: SurveyRow): Promise<SurveyView> {
    const links = await this.store.surveys.tokenCounts(s.id);
    return { id: s.id, phase: s.phase, closed: s.closedAt !== null, createdAt: s.createdAt, items: s.items, links };
  }

  private async survey(processId: string, phase: SurveyPhase): Promise<SurveyRow> {
    const s = (await this.store.surveys.byProcess(processId)).find((x) => x.phase === phase);
    if (!s) throw new DomainError('not_found');
    return s;
  }

  async list(userId: string, processId: string): Promise<SurveyView[]> {
    await this.access(userId, processId);
    const rows = await this.store.surveys.byProcess(processId);
    return Promise.all(rows.map((s) => this.view(s)));
  }

  /** A new pre or post survey; it takes the items of the other one, else the default bank. [SPEC WB1] */
  async create(who: Who, processId: string, phase: SurveyPhase): Promise<SurveyView> {
    await this.access(who.userId, processId, true);
    const existing = await this.store.surveys.byProcess(processId);
    if (existing.some((s) => s.phase === phase)) throw new DomainError('already_exists');
    const items = existing[0]?.items ?? DEFAULT_SURVEY_ITEMS.map((i) => ({ id: i.id, text: { ...i.text } }));
    const row: SurveyRow = { id: newId(), processId, phase, items, closedAt: null, createdAt: this.now() };
    await this.store.surveys.create(row);
    await this.audit(who, processId, 'survey.create', { phase });
    return this.view(row);
  }

  /** The items of both surveys, changed together until the first answer to either. [SPEC WB2] */
  async setItems(who: Who, processId: string, items: SurveyItem[]): Promise<SurveyView[]> {
    const { process } = await this.access(who.userId, processId, true);
    if (items.some((i) => !i.text[process.lang])) throw new DomainError('invalid_value');
    const rows = await this.store.surveys.byProcess(processId);
    if (rows.length === 0) throw new DomainError('not_found');
    if (!(await this.store.surveys.setItems(processId, items))) throw new DomainError('survey_answered');
    await this.audit(who, processId, 'survey.items', { items: items.length });
    return this.list(who.userId, processId);
  }

  /** `count` new single-use link tokens; only their hashes are kept, so they are shown once. [SPEC WB3] */
  async issueLinks(
    who: Who,
    processId: string,
    phase: SurveyPhase,
    count: number,
  ): Promise<{ lang: ProcessRow['lang']; tokens: string[] }> {
    const { process } = await this.access(who.userId, processId, true);
    const s = await this.survey(processId, phase);
    if (s.closedAt !== null) throw new DomainError('survey_closed');
    if ((await this.store.surveys.tokenCounts(s.id)).total + count > SURVEY_LIMITS.maxLinksPerSurvey)
      throw new DomainError('limit_reached');
    const tokens = Array.from({ length: count }, () => newToken());
    await this.store.surveys.addTokens(s.id, tokens.map(hashToken));
    await this.audit(who, processId, 'survey.links', { phase, count });
    return { lang: process.lang, tokens };
  }

  async close(who: Who, processId: string, phase: SurveyPhase): Promise<void> {
    await this.access(who.userId, processId, true);
    const s = await this.survey(processId, phase);
    await this.store.surveys.close(s.id, this.now());
    await this.audit(who, processId, 'survey.close', { phase });
  }

  /** Aggregates of each survey and the pre/post comparison; nothing below k answers. [SPEC WB5, WB6] */
  async results(userId: string, processId: string): Promise<SurveyResultsView> {
    const { process } = await this.access(userId, processId);
    const lang = process.lang;
    const rows = await this.store.surveys.byProcess(processId);
    const data = await Promise.all(rows.map(async (s) => ({ s, answers: await this.store.surveys.answers(s.id) })));
    const text = (items: SurveyItem[], id: string) => {
      const item = items.find((i) => i.id === id);
      return item ? itemText(item, lang) : '';
    };
    const surveys = data.map(({ s, answers }): SurveyPhaseResult => {
      const st = surveyStats(s.items, answers);
      if (st.tooFew) return { phase: s.phase, tooFew: true };
      return {
        phase: s.phase,
        tooFew: false,
        respondents: st.respondents,
        items: st.items.map((i) => ({ ...i, text: text(s.items, i.itemId) })),
      };
    });
    const pre = data.find((x) => x.s.phase === 'pre');
    const post = data.find((x) => x.s.phase === 'post');
    const comparison =
      pre && post
        ? compareSurveys({ items: pre.s.items, answers: pre.answers }, { items: post.s.items, answers: post.answers }).map((c) => ({
            ...c,
            text: text(pre.s.items, c.itemId),
          }))
        : null;
    return { k: SURVEY_K, lang, surveys, comparison };
  }

  /** Pre/post per unit of an organisation, for its coordinators and org admins; anyone else not_found. [SPEC WB10] */
  async unitResults(userId: string, orgId: string): Promise<UnitSurveyView[]> {
    const roles = await this.store.orgs.rolesOf(userId);
    if (!roles.some((r) => r.orgId === orgId && (r.role === 'org_admin' || r.role === 'coordinator'))) throw new DomainError('not_found');
    const byUnit = new Map<string, UnitSurvey[][]>();
    for (const p of await this.store.processes.listByOrg(orgId)) {
      const rows = await this.store.surveys.byProcess(p.id);
      if (rows.length === 0) continue;
      const surveys = await Promise.all(
        rows.map(async (s) => ({ phase: s.phase, items: s.items, answers: await this.store.surveys.answers(s.id) })),
      );
      byUnit.set(p.unit, [...(byUnit.get(p.unit) ?? []), surveys]);
    }
    return [...byUnit].sort(([a], [b]) => a.localeCompare(b, 'fi')).map(([unit, ps]) => ({ unit, ...unitResult(ps) }));
  }

  /** The CSV export is audited like every export (who, when, from where). [SPEC D4] */
  async auditExport(who: Who, processId: string): Promise<void> {
    await this.audit(who, processId, 'export', { format: 'survey.csv' });
  }

  /** A respondent's view of a link; null (one answer for every reason) when unknown, used or closed. [SPEC WB4] */
  async publicView(token: string): Promise<PublicSurveyView | null> {
    const s = await this.store.surveys.byToken(hashToken(token));
    const process = s ? await this.store.processes.byId(s.processId) : null;
    if (!s || !process) return null;
    return { lang: process.lang, phase: s.phase, items: s.items.map((i) => ({ id: i.id, text: itemText(i, process.lang) })) };
  }

  /**
   * Stores one answer for a link and uses the link up, in one transaction. The answer row gets a
   * random id and no token, time or address; nothing is logged. [SPEC WB3, WB4]
   */
  async answer(token: string, values: unknown[]): Promise<'ok' | 'gone' | 'invalid'> {
    const hash = hashToken(token);
    const s = await this.store.surveys.byToken(hash);
    if (!s) return 'gone';
    if (!fitsItems(values, s.items)) return 'invalid';
    const r = await this.store.surveys.answer(hash, newId(), values, s.items.length);
    return r === 'stale' ? 'invalid' : r;
  }

  private async audit(who: Who, processId: string, action: string, detail: Record<string, unknown>): Promise<void> {
    await this.store.audit.append({ at: this.now(), userId: who.userId, action, target: `process:${processId}`, detail, ip: who.ip });
  }
}
