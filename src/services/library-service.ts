import { DomainError } from '../domain/errors.ts';
import { recordKeys, scoreHits, searchKeys } from '../domain/finnish-search.ts';
import { facetsOf, filterRecords, participantNamesIn } from '../domain/library.ts';
import { scanText } from '../domain/privacy-scan.ts';
import type { Practice, SessionState } from '../domain/types.ts';
import type {
  LibraryPracticeView,
  LibraryQuery,
  LibrarySearchView,
  ProcessPracticesView,
  PublishBody,
} from '../protocol/library-schema.ts';
import type { LibraryPracticeRow, LibraryScope, ProcessRow, SessionRow, Store } from '../store/store.ts';
import { newId } from './crypto-util.ts';
import type { Who } from './followup-service.ts';
import type { LoadState, ProcessService } from './process-service.ts';

/** At most this many query words are searched for, and this many results answered. */
const MAX_QUERY_KEYS = 8;
const MAX_RESULTS = 200;

type Consent = ProcessPracticesView['consentToShare'];

/** The published copy as a reader sees it; the source process only for its own organisation. */
export function practiceView(r: LibraryPracticeRow, readerOrgs: readonly string[]): LibraryPracticeView {
  return {
    id: r.id,
    scope: r.scope,
    title: r.title,
    description: r.description,
    keywords: r.keywords,
    context: r.context,
    theme: r.theme,
    sector: r.sector,
    provenance: { orgId: r.orgId, organisation: r.orgName, unit: r.unit, process: r.processName, date: r.sessionDate, method: r.method },
    publishedAt: r.publishedAt,
    processId: readerOrgs.includes(r.orgId) ? r.processId : null,
  };
}

/** A record is visible to an organisation when it is its own or shared. [SPEC L5] */
export const visibleToOrg = (r: LibraryPracticeRow, orgId: string) => r.orgId === orgId || r.scope === 'shared';

/**
 * The practice library. The commissioner of a process publishes copies of its session-2
 * good-practice records to the organisation's library, or also to the library shared by every
 * organisation of the installation when the commission's consent to share is "yes". Members of
 * an organisation read its library; every signed-in user reads the shared one; records of
 * another organisation's library do not exist for anyone else (not_found). [SPEC L1–L7]
 */
export class LibraryService {
  constructor(
    private readonly store: Store,
    private readonly processes: ProcessService,
    private readonly loadState: LoadState,
    private readonly now: () => number,
  ) {}

  /** The organisations whose library the user reads (any role there). */
  async readerOrgs(userId: string): Promise<string[]> {
    return [...new Set((await this.store.orgs.rolesOf(userId)).map((r) => r.orgId))];
  }

  /** The commission's consent to share results outside the unit; no commission = "decide later". [SPEC L3] */
  private async consent(processId: string): Promise<{ consent: Consent; method: string }> {
    const c = await this.store.programme.commission(processId);
    return { consent: c?.consentToShare ?? 'later', method: c?.method ?? 'hkd' };
  }

  private static allows(consent: Consent, scope: LibraryScope): boolean {
    return consent === 'yes' || (consent === 'later' && scope === 'org');
  }

  /** Session 2 of the process with its state, or null (none yet, or erased). */
  private async openSpace(processId: string): Promise<{ row: SessionRow; state: SessionState } | null> {
    const row = (await this.store.sessions.byProcess(processId)).find((s) => s.kind === 'open_space' && !s.erasedAt);
    const state = row ? await this.loadState(row.id) : null;
    return row && state?.os ? { row, state } : null;
  }

  /** The process's practices and their publications: for anyone who reads the process. */
  async processPractices(userId: string, processId: string): Promise<ProcessPracticesView> {
    const r = await this.processes.role(userId, processId);
    if (!r) throw new DomainError('not_found');
    const { consent } = await this.consent(processId);
    const published = await this.store.library.byProcess(processId);
    const os = await this.openSpace(processId);
    const practices = (os?.state.os?.practices ?? []).map((p) => {
      const pub = published.find((x) => x.practiceId === p.id);
      return {
        practiceId: p.id,
        title: p.title,
        theme: offerName(os!.state, p),
        publication: pub ? { id: pub.id, scope: pub.scope } : null,
      };
    });
    return { consentToShare: consent, canPublish: r.role === 'commissioner' && consent !== 'no', practices };
  }

  /** Publishes a copy of one practice (commissioner only). [SPEC L1–L4] */
  async publish(who: Who, processId: string, body: PublishBody): Promise<LibraryPracticeView> {
    const r = await this.processes.role(who.userId, processId);
    if (!r) throw new DomainError('not_found');
    if (r.role !== 'commissioner') throw new DomainError('forbidden');
    const { consent, method } = await this.consent(processId);
    if (!LibraryService.allows(consent, body.scope)) throw new DomainError('consent_required');
    const os = await this.openSpace(processId);
    const practice = os?.state.os?.practices.find((p) => p.id === body.practiceId);
    if (!os || !practice) throw new DomainError('not_found');
    if ((await this.store.library.byProcess(processId)).some((x) => x.practiceId === practice.id)) throw new DomainError('already_exists');
    const row = this.copy(r.process, os, practice, body, method, who.userId);
    checkTexts(row, await this.participantNames(processId), body.confirmPrivacy === true);
    const keys = recordKeys([
      { text: row.title, weight: 3 },
      { text: row.keywords.join(' '), weight: 3 },
      { text: row.theme, weight: 2 },
      { text: `${row.description} ${row.context} ${row.unit}`, weight: 1 },
    ]);
    await this.store.library.publish(row, keys);
    await this.audit(who, processId, 'library.publish', { publicationId: row.id, scope: row.scope });
    return practiceView(row, [row.orgId]);
  }

  private copy(
    p: ProcessRow,
    os: { row: SessionRow; state: SessionState },
    practice: Practice,
    body: PublishBody,
    method: string,
    userId: string,
  ): LibraryPracticeRow {
    return {
      id: newId(),
      orgId: p.orgId,
      scope: body.scope,
      processId: p.id,
      practiceId: practice.id,
      title: body.title ?? practice.title,
      description: body.description ?? practice.description,
      keywords: (body.keywords ?? practice.keywords).filter((k) => k.trim() !== ''),
      context: body.context ?? practice.context,
      theme: offerName(os.state, practice),
      sector: body.sector,
      orgName: p.organisation,
      unit: p.unit,
      processName: p.name,
      sessionDate: os.row.createdAt,
      method,
      publishedBy: userId,
      publishedAt: this.now(),
    };
  }

  /**
   * A published record the user may change: the commissioner of its process, or (to withdraw or
   * narrow it) an org admin of its organisation. Members who may not get forbidden; others not_found.
   */
  private async editable(userId: string, id: string, asAdmin: boolean): Promise<LibraryPracticeRow> {
    const row = await this.store.library.byId(id);
    if (!row || !(await this.readerOrgs(userId)).includes(row.orgId)) throw new DomainError('not_found');
    if ((await this.processes.role(userId, row.processId))?.role === 'commissioner') return row;
    const admin = asAdmin && (await this.store.orgs.rolesOf(userId)).some((r) => r.orgId === row.orgId && r.role === 'org_admin');
    if (!admin) throw new DomainError('forbidden');
    return row;
  }

  async setScope(who: Who, id: string, scope: LibraryScope): Promise<LibraryPracticeView> {
    const row = await this.editable(who.userId, id, scope === 'org');
    if (!LibraryService.allows((await this.consent(row.processId)).consent, scope)) throw new DomainError('consent_required');
    await this.store.library.setScope(id, scope);
    await this.audit(who, row.processId, 'library.scope', { publicationId: id, scope });
    return practiceView({ ...row, scope }, [row.orgId]);
  }

  /** Withdraws (deletes) a published copy; it leaves every meetup too. [SPEC L2] */
  async withdraw(who: Who, id: string): Promise<void> {
    const row = await this.editable(who.userId, id, true);
    await this.store.library.withdraw(id);
    await this.audit(who, row.processId, 'library.withdraw', { publicationId: id });
  }

  /** One record, if the user may see it. */
  async get(userId: string, id: string): Promise<LibraryPracticeView> {
    const orgs = await this.readerOrgs(userId);
    const row = await this.store.library.byId(id);
    if (!row || !(row.scope === 'shared' || orgs.includes(row.orgId))) throw new DomainError('not_found');
    return practiceView(row, orgs);
  }

  /** Finnish full-text search with filters over the user's organisations' and the shared library. [SPEC L5–L7] */
  async search(userId: string, q: LibraryQuery): Promise<LibrarySearchView> {
    const orgs = await this.readerOrgs(userId);
    const visible = await this.store.library.visible(orgs, true);
    let results = filterRecords(visible, q);
    const keys = searchKeys(q.q).slice(0, MAX_QUERY_KEYS);
    if (keys.length > 0) {
      const hits = await Promise.all(keys.map((k) => this.store.library.keysWithPrefix(k)));
      const scores = scoreHits(keys, hits);
      results = results
        .filter((r) => scores.has(r.id))
        .sort((a, b) => scores.get(b.id)! - scores.get(a.id)! || b.publishedAt - a.publishedAt);
    }
    return { results: results.slice(0, MAX_RESULTS).map((r) => practiceView(r, orgs)), facets: facetsOf(visible) };
  }

  /** Display names of the participants of every session of the process (both sessions). */
  private async participantNames(processId: string): Promise<(string | null)[]> {
    const names: (string | null)[] = [];
    for (const row of await this.store.sessions.byProcess(processId)) {
      if (!row.erasedAt) names.push(...((await this.loadState(row.id))?.participants ?? []).map((p) => p.name));
    }
    return names;
  }

  private async audit(who: Who, processId: string, action: string, detail: Record<string, unknown>): Promise<void> {
    await this.store.audit.append({ at: this.now(), userId: who.userId, action, target: `process:${processId}`, detail, ip: who.ip });
  }
}

function offerName(state: SessionState, p: Practice): string {
  return state.os?.offers.find((o) => o.id === p.offerId)?.name ?? '';
}

/** The copy names no participant (always refused) and passes the privacy scan (N3) unless confirmed. [SPEC L4] */
function checkTexts(row: LibraryPracticeRow, names: (string | null)[], confirmed: boolean): void {
  const texts = [row.title, row.description, row.context, row.theme, ...row.keywords];
  if (participantNamesIn(texts, names).length > 0) throw new DomainError('participant_named');
  const findings = texts.flatMap((t) => scanText(t));
  if (findings.length > 0 && !confirmed) throw new DomainError('privacy_check', { findings });
}
