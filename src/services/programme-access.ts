import { DomainError } from '../domain/errors.ts';
import type { ProcessRole } from '../protocol/http-schema.ts';
import type { CommissionRow, OrgRole, ProcessRow, Store } from '../store/store.ts';
import type { Who } from './followup-service.ts';
import type { ProcessService } from './process-service.ts';

/**
 * Who may do what in the programme (checked here, in the services, never only in routes).
 * Anyone outside the organisation gets `not_found`; a member without the right gets `forbidden`.
 * [SPEC PR10]
 */
export class ProgrammeAccess {
  constructor(
    readonly store: Store,
    private readonly processes: ProcessService,
    readonly now: () => number,
  ) {}

  /** The user's roles in the organisation; not_found when they hold none. */
  async orgRoles(userId: string, orgId: string): Promise<Set<OrgRole>> {
    const roles = new Set((await this.store.orgs.rolesOf(userId)).filter((r) => r.orgId === orgId).map((r) => r.role));
    if (roles.size === 0) throw new DomainError('not_found');
    return roles;
  }

  /** Coordinators and org admins oversee the organisation's programme. */
  static oversees(roles: Set<OrgRole>): boolean {
    return roles.has('coordinator') || roles.has('org_admin');
  }

  /** A coordinator or org admin of the organisation; members without the role get forbidden. */
  async requireOverseer(userId: string, orgId: string): Promise<Set<OrgRole>> {
    const roles = await this.orgRoles(userId, orgId);
    if (!ProgrammeAccess.oversees(roles)) throw new DomainError('forbidden');
    return roles;
  }

  /** Facilitators assigned to any planned session of the commission. */
  static assigned(c: CommissionRow | null): Set<string> {
    return new Set((c?.plans ?? []).flatMap((p) => p.facilitatorIds));
  }

  /**
   * The process and what the user is to it: the owner, commissioner, coordinator (read-only)
   * as in ProcessService, or 'assigned' for a pool facilitator assigned to one of its sessions.
   */
  async process(userId: string, processId: string): Promise<{ process: ProcessRow; role: ProcessRole | 'assigned' } | null> {
    const r = await this.processes.role(userId, processId);
    if (r) return r;
    const process = await this.store.processes.byId(processId);
    if (!process) return null;
    const roles = new Set((await this.store.orgs.rolesOf(userId)).filter((x) => x.orgId === process.orgId).map((x) => x.role));
    if (!roles.has('facilitator')) return null;
    const assigned = ProgrammeAccess.assigned(await this.store.programme.commission(processId));
    return assigned.has(userId) ? { process, role: 'assigned' } : null;
  }

  /** Read access to a process's commission; not_found for anyone else. */
  async read(userId: string, processId: string): Promise<{ process: ProcessRow; role: ProcessRole | 'assigned' }> {
    const r = await this.process(userId, processId);
    if (!r) throw new DomainError('not_found');
    return r;
  }

  /** The facilitator who runs it and the commissioner change the commission and its state. */
  async write(userId: string, processId: string): Promise<ProcessRow> {
    const r = await this.read(userId, processId);
    if (r.role !== 'facilitator' && r.role !== 'commissioner') throw new DomainError('forbidden');
    return r.process;
  }

  /** The pool: members with the facilitator role. */
  async poolIds(orgId: string): Promise<Set<string>> {
    return new Set((await this.store.orgs.members(orgId)).filter((m) => m.role === 'facilitator').map((m) => m.userId));
  }

  async audit(who: Who, target: string, action: string, detail: Record<string, unknown>): Promise<void> {
    await this.store.audit.append({ at: this.now(), userId: who.userId, action, target, detail, ip: who.ip });
  }

  /** user id → display name */
  async names(ids: Iterable<string>): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const id of new Set(ids)) out.set(id, (await this.store.users.byId(id))?.name ?? '');
    return out;
  }
}
