import { DomainError } from '../domain/errors.ts';
import { summariseFeedback } from '../domain/feedback.ts';
import { groupsOf } from '../domain/open-space.ts';
import type {
  ActionBody,
  ActionPatch,
  ActionView,
  FeedbackView,
  FollowupBody,
  FollowupView,
  ProcessOutputs,
  ProcessRole,
  SummaryView,
} from '../protocol/http-schema.ts';
import type { ActionRow, ProcessRow, Store } from '../store/store.ts';
import { newId } from './crypto-util.ts';
import type { LoadState, ProcessService } from './process-service.ts';

const EMPTY_FOLLOWUP: FollowupBody = {
  heard: '',
  needsMonths: '',
  needsYears: '',
  themePlans: [],
  resultsUse: '',
  continueDialogue: '',
  nextMeeting: '',
  nextMeetingPlace: '',
};

/** Who did something, and from where, for the audit log. */
export interface Who {
  userId: string;
  ip: string | null;
}

function toView(a: ActionRow): ActionView {
  return { ...a };
}

/**
 * What happens after the sessions: the follow-up agreement, the actions (owner, due date,
 * status), the commissioner's summary and the outputs beside it. Both the facilitator and the
 * commissioner of a process may read and update these; nobody else sees them. [SPEC O6, D1–D3]
 */
export class FollowupService {
  constructor(
    private readonly store: Store,
    private readonly processes: ProcessService,
    private readonly loadState: LoadState,
    private readonly now: () => number,
  ) {}

  /**
   * The process and the user's role in it, or not_found (never "forbidden": no existence leak).
   * Changes need the facilitator or the commissioner; a coordinator only reads. [SPEC S4, S5]
   */
  async access(userId: string, processId: string, write = false): Promise<{ process: ProcessRow; role: ProcessRole }> {
    const r = await this.processes.role(userId, processId);
    if (!r) throw new DomainError('not_found');
    if (write && r.role === 'coordinator') throw new DomainError('forbidden');
    return r;
  }

  async followup(userId: string, processId: string): Promise<FollowupView> {
    await this.access(userId, processId);
    const doc = await this.store.docs.get(processId, 'followup');
    return doc
      ? { ...EMPTY_FOLLOWUP, ...(JSON.parse(doc.data) as FollowupBody), updatedAt: doc.updatedAt }
      : { ...EMPTY_FOLLOWUP, updatedAt: null };
  }

  async saveFollowup(who: Who, processId: string, body: FollowupBody): Promise<FollowupView> {
    await this.access(who.userId, processId, true);
    const at = this.now();
    await this.store.docs.put(processId, 'followup', { data: JSON.stringify(body), updatedAt: at, updatedBy: who.userId });
    await this.audit(who, processId, 'followup.save', {});
    return { ...body, updatedAt: at };
  }

  async summary(userId: string, processId: string): Promise<SummaryView> {
    await this.access(userId, processId);
    const doc = await this.store.docs.get(processId, 'summary');
    if (!doc) return { text: '', updatedAt: null, updatedBy: null };
    const by = await this.store.users.byId(doc.updatedBy);
    return { text: (JSON.parse(doc.data) as { text: string }).text, updatedAt: doc.updatedAt, updatedBy: by?.name ?? null };
  }

  async saveSummary(who: Who, processId: string, text: string): Promise<SummaryView> {
    await this.access(who.userId, processId, true);
    await this.store.docs.put(processId, 'summary', { data: JSON.stringify({ text }), updatedAt: this.now(), updatedBy: who.userId });
    await this.audit(who, processId, 'summary.save', { chars: text.length });
    return this.summary(who.userId, processId);
  }

  async actions(userId: string, processId: string): Promise<ActionView[]> {
    await this.access(userId, processId);
    return (await this.store.actions.list(processId)).map(toView);
  }

  async createAction(who: Who, processId: string, body: ActionBody): Promise<ActionView> {
    await this.access(who.userId, processId, true);
    if ((await this.store.actions.list(processId)).length >= 200) throw new DomainError('limit_reached');
    const at = this.now();
    const row: ActionRow = { id: newId(), processId, ...body, due: body.due || null, createdAt: at, updatedAt: at };
    await this.store.actions.create(row);
    await this.audit(who, processId, 'action.create', { actionId: row.id });
    return toView(row);
  }

  async updateAction(who: Who, processId: string, actionId: string, patch: ActionPatch): Promise<ActionView> {
    await this.access(who.userId, processId, true);
    const row = await this.store.actions.byId(actionId);
    if (!row || row.processId !== processId) throw new DomainError('not_found');
    const next: ActionRow = { ...row, ...patch, due: patch.due === undefined ? row.due : patch.due || null, updatedAt: this.now() };
    await this.store.actions.update(next);
    await this.audit(who, processId, 'action.update', { actionId, fields: Object.keys(patch) });
    return toView(next);
  }

  /** Feedback of each session of the process, as aggregates. */
  async feedback(userId: string, processId: string): Promise<FeedbackView[]> {
    await this.access(userId, processId);
    const sessions = await this.store.sessions.byProcess(processId);
    const out: FeedbackView[] = [];
    for (const s of sessions) {
      const state = await this.loadState(s.id);
      out.push({ sessionId: s.id, kind: s.kind, ...summariseFeedback(state?.feedback ?? []) });
    }
    return out;
  }

  /** Everything the commissioner's page shows beside the summary. */
  async outputs(userId: string, processId: string): Promise<ProcessOutputs> {
    const process = await this.processes.get(userId, processId);
    if (!process) throw new DomainError('not_found');
    const sessions = await this.store.sessions.byProcess(processId);
    const themes: ProcessOutputs['themes'] = [];
    const practices: ProcessOutputs['practices'] = [];
    const pearls: ProcessOutputs['pearls'] = [];
    for (const s of sessions) {
      const state = await this.loadState(s.id);
      if (!state) continue;
      for (const t of state.themes.filter((x) => x.carried)) {
        const table = state.tables.find((x) => x.id === t.tableId);
        themes.push({ name: t.name, table: table?.title[state.lang] ?? '' });
      }
      const os = state.os;
      if (!os) continue;
      const offerName = (offerId: string) => os.offers.find((o) => o.id === offerId)?.name ?? '';
      for (const p of os.practices) {
        practices.push({
          id: p.id,
          title: p.title,
          description: p.description,
          keywords: p.keywords,
          context: p.context,
          theme: offerName(p.offerId),
        });
      }
      for (const o of os.offers) {
        for (const g of groupsOf(os, o.id)) {
          const texts = os.pearls.filter((p) => p.groupId === g.id).map((p) => p.text);
          const mainPoints = os.mainPoints[g.id] ?? '';
          if (texts.length || mainPoints)
            pearls.push({ group: groupsOf(os, o.id).length > 1 ? `${offerName(o.id)} (${g.n})` : offerName(o.id), texts, mainPoints });
        }
      }
    }
    const log = await this.store.audit.list(`process:${processId}`, 500);
    const users = new Map<string, string>();
    const exports: ProcessOutputs['exports'] = [];
    for (const e of log.filter((x) => x.action === 'export')) {
      const uid = e.userId ?? '';
      if (!users.has(uid)) users.set(uid, (await this.store.users.byId(uid))?.name ?? '');
      exports.push({ at: e.at, user: users.get(uid)!, format: String(e.detail.format ?? '') });
    }
    return {
      process,
      summary: await this.summary(userId, processId),
      followup: await this.followup(userId, processId),
      actions: await this.actions(userId, processId),
      feedback: await this.feedback(userId, processId),
      themes,
      practices,
      pearls,
      exports,
    };
  }

  async audit(who: Who, processId: string, action: string, detail: Record<string, unknown>): Promise<void> {
    await this.auditTarget(who, `process:${processId}`, action, detail);
  }

  /** Appends to the audit log (who, what, when, from where); nothing in the app edits it. [SPEC D5] */
  async auditTarget(who: Who, target: string, action: string, detail: Record<string, unknown>): Promise<void> {
    await this.store.audit.append({ at: this.now(), userId: who.userId, action, target, detail, ip: who.ip });
  }
}
