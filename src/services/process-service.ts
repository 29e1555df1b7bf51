import { DomainError } from '../domain/errors.ts';
import type { SessionEvent } from '../domain/events.ts';
import { hkdTables } from '../domain/hkd-template.ts';
import { offersFromThemes } from '../domain/open-space.ts';
import type { SessionState } from '../domain/types.ts';
import type { CreateProcessBody, ProcessRole, ProcessSummary } from '../protocol/http-schema.ts';
import { ORG_ROLES, type ProcessRow, type SessionRow, type Store } from '../store/store.ts';
import { newId, newJoinCode } from './crypto-util.ts';
import type { OrgService } from './org-service.ts';

export type LoadState = (sessionId: string) => Promise<SessionState | null>;

/**
 * Dialogue processes and their sessions. Every read is scoped here, in the service, not only
 * in routes: the facilitator who owns a process runs its sessions; the commissioner named for
 * it follows it up (summary, actions, exports). Anyone else gets nothing. [SPEC S1, S4]
 */
export class ProcessService {
  constructor(
    private readonly store: Store,
    private readonly orgs: OrgService,
    private readonly now: () => number,
  ) {}

  /** A process from the HKD template: session 1 (Learning Café) with the concern-zone tables. */
  async createFromHkd(ownerId: string, body: CreateProcessBody): Promise<ProcessSummary> {
    const now = this.now();
    const org = await this.orgs.orgForNewProcess(ownerId, body.orgId);
    const process: ProcessRow = {
      id: newId(),
      ownerId,
      orgId: org.id,
      retentionMonths: null,
      closedAt: null,
      erasedAt: null,
      name: body.name,
      organisation: org.name,
      unit: body.unit,
      purpose: body.purpose,
      lang: body.lang,
      createdAt: now,
    };
    await this.store.processes.create(process);
    await this.createSession(process, 'learning_cafe', (sessionId) => ({
      type: 'session.created',
      sessionId,
      processId: process.id,
      name: body.name,
      lang: body.lang,
      settings: { roundMinutes: body.roundMinutes, showNotesOnScreen: true },
      tables: hkdTables(body.tableCount),
    }));
    return (await this.get(ownerId, process.id))!;
  }

  /**
   * Session 2 (Open Space) of a process: its themes on offer are the themes carried from the
   * closed session 1, plus the joker theme. One Open Space per process. [SPEC O1]
   */
  async createOpenSpace(ownerId: string, processId: string, loadState: LoadState): Promise<ProcessSummary> {
    const process = (await this.role(ownerId, processId))?.role === 'facilitator' ? await this.store.processes.byId(processId) : null;
    if (!process) throw new DomainError('not_found');
    const sessions = await this.store.sessions.byProcess(processId);
    if (sessions.some((s) => s.kind === 'open_space')) throw new DomainError('already_exists');
    const cafe = sessions.find((s) => s.kind === 'learning_cafe');
    if (!cafe || cafe.closedAt === null) throw new DomainError('session1_not_closed');
    const state = await loadState(cafe.id);
    const carried = (state?.themes ?? []).filter((t) => t.carried).map((t) => ({ id: t.id, name: t.name }));
    const offers = offersFromThemes(
      carried,
      carried.map(() => newId()),
      newId(),
    );
    await this.createSession(process, 'open_space', (sessionId) => ({
      type: 'session.created',
      sessionId,
      processId: process.id,
      name: process.name,
      lang: process.lang,
      settings: { roundMinutes: state?.settings.roundMinutes ?? 20, showNotesOnScreen: true },
      tables: [],
      kind: 'open_space',
      offers,
    }));
    return (await this.get(ownerId, process.id))!;
  }

  private async createSession(process: ProcessRow, kind: SessionRow['kind'], first: (sessionId: string) => SessionEvent): Promise<void> {
    const session: SessionRow = { id: newId(), processId: process.id, kind, joinCode: '', closedAt: null, createdAt: this.now() };
    // a join code collision is astronomically rare; the unique index catches it, so retry
    for (let attempt = 0; ; attempt++) {
      try {
        await this.store.sessions.create({ ...session, joinCode: newJoinCode() }, first(session.id));
        return;
      } catch (e) {
        if (attempt >= 4) throw e;
      }
    }
  }

  /** The commissioner of a process, by e-mail of an existing account ('' removes). Owner only. */
  async setCommissioner(ownerId: string, processId: string, email: string): Promise<ProcessSummary> {
    const r = await this.role(ownerId, processId);
    if (r?.role !== 'facilitator') throw new DomainError('not_found');
    let userId: string | null = null;
    if (email) {
      const user = await this.store.users.byEmail(email);
      // the commissioner must belong to the process's organisation (any role)
      if (!user || !(await this.orgs.hasRole(user.id, r.process.orgId, ...ORG_ROLES))) throw new DomainError('user_not_found');
      userId = user.id;
    }
    await this.store.members.set(processId, 'commissioner', userId, this.now());
    return (await this.get(ownerId, processId))!;
  }

  /** Own processes, commissioned ones, and every process of an organisation the user coordinates. */
  async list(userId: string): Promise<ProcessSummary[]> {
    const candidates = new Map<string, ProcessRow>();
    for (const p of await this.store.processes.listByOwner(userId)) candidates.set(p.id, p);
    for (const m of await this.store.members.processIdsOf(userId)) {
      const p = await this.store.processes.byId(m.processId);
      if (p) candidates.set(p.id, p);
    }
    const overseen = (await this.store.orgs.rolesOf(userId)).filter((r) => r.role === 'coordinator' || r.role === 'org_admin');
    for (const orgId of new Set(overseen.map((r) => r.orgId)))
      for (const p of await this.store.processes.listByOrg(orgId)) candidates.set(p.id, p);
    const out: ProcessSummary[] = [];
    for (const p of [...candidates.values()].sort((a, b) => b.createdAt - a.createdAt)) {
      const role = await this.roleIn(userId, p);
      if (role) out.push(await this.summary(p, role));
    }
    return out;
  }

  /** What this user may do in the process, or null when it is not theirs to see. */
  async role(userId: string, processId: string): Promise<{ process: ProcessRow; role: ProcessRole } | null> {
    const process = await this.store.processes.byId(processId);
    const role = process ? await this.roleIn(userId, process) : null;
    return process && role ? { process, role } : null;
  }

  /**
   * The owner runs it while they facilitate in its organisation; the named commissioner follows
   * it up while they belong to the organisation; coordinators and organisation admins see it
   * read-only. Leaving the organisation ends all of these. [SPEC S1, S4, S5]
   */
  private async roleIn(userId: string, p: ProcessRow): Promise<ProcessRole | null> {
    const roles = new Set((await this.store.orgs.rolesOf(userId)).filter((r) => r.orgId === p.orgId).map((r) => r.role));
    if (roles.size === 0) return null;
    if (p.ownerId === userId && roles.has('facilitator')) return 'facilitator';
    const members = await this.store.members.list(p.id);
    if (members.some((m) => m.userId === userId && m.role === 'commissioner')) return 'commissioner';
    return roles.has('coordinator') || roles.has('org_admin') ? 'coordinator' : null;
  }

  async get(userId: string, processId: string): Promise<ProcessSummary | null> {
    const r = await this.role(userId, processId);
    return r ? this.summary(r.process, r.role) : null;
  }

  /** The session if this user may run it (facilitates its process). */
  async sessionFor(ownerId: string, sessionId: string): Promise<SessionRow | null> {
    const s = await this.store.sessions.byId(sessionId);
    if (!s) return null;
    return (await this.role(ownerId, s.processId))?.role === 'facilitator' ? s : null;
  }

  private async summary(row: ProcessRow, role: ProcessRole): Promise<ProcessSummary> {
    const [sessions, members, owner] = await Promise.all([
      this.store.sessions.byProcess(row.id),
      this.store.members.list(row.id),
      this.store.users.byId(row.ownerId),
    ]);
    const commissionerId = members.find((m) => m.role === 'commissioner')?.userId;
    const commissioner = commissionerId ? await this.store.users.byId(commissionerId) : null;
    return {
      id: row.id,
      orgId: row.orgId,
      name: row.name,
      organisation: row.organisation,
      unit: row.unit,
      purpose: row.purpose,
      lang: row.lang,
      createdAt: row.createdAt,
      role,
      facilitator: { name: owner?.name ?? '', email: owner?.email ?? '' },
      commissioner: commissioner ? { name: commissioner.name, email: commissioner.email } : null,
      closedAt: row.closedAt,
      erasedAt: row.erasedAt,
      retentionMonths: row.retentionMonths,
      sessions: sessions.map((s) => ({
        id: s.id,
        processId: s.processId,
        kind: s.kind,
        // only the facilitator runs sessions; a commissioner has no use for join codes
        joinCode: role === 'facilitator' ? s.joinCode : '',
        closed: s.closedAt !== null,
        createdAt: s.createdAt,
      })),
    };
  }
}
