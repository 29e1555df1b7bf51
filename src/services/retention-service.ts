import { DomainError } from '../domain/errors.ts';
import { summariseFeedback } from '../domain/feedback.ts';
import type { SessionState } from '../domain/types.ts';
import type { BlobStore } from '../store/blob-store.ts';
import type { ProcessRow, Store } from '../store/store.ts';
import type { Who } from './followup-service.ts';
import type { OrgService } from './org-service.ts';
import type { LoadState } from './process-service.ts';
import type { SessionEngine } from './session-engine.ts';

/** What is kept of a session after its raw content is erased: counts and feedback aggregates. */
export interface SessionAggregate {
  sessionId: string;
  kind: 'learning_cafe' | 'open_space';
  participants: number;
  notes: number;
  themes: string[];
  flipchartItems: number;
  practices: number;
  feedback: ReturnType<typeof summariseFeedback>;
}

/** `at` plus whole calendar months (UTC), clamped to the month's last day (31 Jan + 1 = 28/29 Feb). */
export function addMonths(at: number, months: number): number {
  const d = new Date(at);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(d.getUTCDate(), last), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
}

function aggregate(sessionId: string, kind: SessionAggregate['kind'], s: SessionState | null): SessionAggregate {
  return {
    sessionId,
    kind,
    participants: s?.participants.length ?? 0,
    notes: s?.notes.length ?? 0,
    themes: (s?.themes ?? []).filter((t) => t.carried).map((t) => t.name),
    flipchartItems: s?.os?.items.length ?? 0,
    practices: s?.os?.practices.length ?? 0,
    feedback: summariseFeedback(s?.feedback ?? []),
  };
}

/**
 * Retention: a closed process keeps its raw content (notes, flipcharts, images, participant
 * tokens, the event logs) for its retention period — the organisation's (default 12 months) or
 * the process's own — then a daily job erases it, keeping aggregates, the follow-up, actions and
 * the summary. An organisation admin may erase at once. Every erasure goes to the audit log. [SPEC D7]
 */
export class RetentionService {
  constructor(
    private readonly store: Store,
    private readonly engine: SessionEngine,
    private readonly blobs: BlobStore,
    private readonly orgs: OrgService,
    private readonly loadState: LoadState,
    private readonly now: () => number,
  ) {}

  /** When the process's raw content is due for erasure, or null while it is open. */
  async deadline(p: ProcessRow): Promise<number | null> {
    if (p.closedAt === null) return null;
    const months = p.retentionMonths ?? (await this.store.orgs.byId(p.orgId))?.retentionMonths ?? 12;
    return addMonths(p.closedAt, months);
  }

  /** The daily job: erases every closed process whose retention has run out. Returns their ids. */
  async runDue(): Promise<string[]> {
    const erased: string[] = [];
    for (const p of await this.store.processes.listClosedUnerased()) {
      const due = await this.deadline(p);
      if (due !== null && due <= this.now()) {
        await this.erase(p, { userId: null, ip: null }, 'retention');
        erased.push(p.id);
      }
    }
    return erased;
  }

  /** An organisation admin erases a process's raw content now. */
  async eraseNow(who: Who, processId: string): Promise<void> {
    const p = await this.store.processes.byId(processId);
    if (!p || !(await this.orgs.hasRole(who.userId, p.orgId, 'org_admin'))) throw new DomainError('not_found');
    if (p.erasedAt !== null) throw new DomainError('already_exists');
    await this.erase(p, who, 'admin');
  }

  private async erase(p: ProcessRow, who: { userId: string | null; ip: string | null }, reason: 'retention' | 'admin'): Promise<void> {
    const at = this.now();
    const sessions = await this.store.sessions.byProcess(p.id);
    const kept: SessionAggregate[] = [];
    for (const s of sessions) {
      kept.push(aggregate(s.id, s.kind, s.erasedAt ? null : await this.loadState(s.id)));
      await this.engine.erase(s.id, async () => {
        await this.store.eraseSessionContent(s.id);
        await this.blobs.deletePrefix(`sessions/${s.id}/`);
      });
      await this.store.sessions.markClosed(s.id, at);
      await this.store.sessions.markErased(s.id, at);
    }
    await this.store.docs.put(p.id, 'aggregates', { data: JSON.stringify(kept), updatedAt: at, updatedBy: who.userId ?? 'system' });
    await this.store.processes.setErased(p.id, at);
    await this.store.audit.append({
      at,
      userId: who.userId,
      action: 'erase',
      target: `process:${p.id}`,
      detail: { reason, sessions: sessions.length },
      ip: who.ip,
    });
  }
}
