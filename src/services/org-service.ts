import { DomainError } from '../domain/errors.ts';
import type { OrgRole, OrgRow, Store, UserRow } from '../store/store.ts';
import { hashToken, newId, newToken } from './crypto-util.ts';

/** Roles that run or oversee dialogues; two-factor sign-in can be required of them. */
export const STAFF_ROLES: readonly OrgRole[] = ['org_admin', 'coordinator', 'facilitator'];

export interface Membership {
  orgId: string;
  orgName: string;
  roles: OrgRole[];
}

/**
 * Organisations and roles. An installation hosts several organisations; a user may hold several
 * roles in several of them. Checks live here, in the service, so no route can forget them. [SPEC S5]
 */
export class OrgService {
  constructor(
    private readonly store: Store,
    private readonly now: () => number,
  ) {}

  async memberships(userId: string): Promise<Membership[]> {
    const rows = await this.store.orgs.rolesOf(userId);
    const byOrg = new Map<string, OrgRole[]>();
    for (const r of rows) byOrg.set(r.orgId, [...(byOrg.get(r.orgId) ?? []), r.role]);
    const out: Membership[] = [];
    for (const [orgId, roles] of byOrg) {
      const org = await this.store.orgs.byId(orgId);
      if (org) out.push({ orgId, orgName: org.name, roles });
    }
    return out.sort((a, b) => a.orgName.localeCompare(b.orgName, 'fi'));
  }

  async hasRole(userId: string, orgId: string, ...roles: OrgRole[]): Promise<boolean> {
    const rows = await this.store.orgs.rolesOf(userId);
    return rows.some((r) => r.orgId === orgId && roles.includes(r.role));
  }

  /** The organisation if the user may administer it (org_admin), else not_found. */
  async requireAdmin(userId: string, orgId: string): Promise<OrgRow> {
    const org = await this.store.orgs.byId(orgId);
    if (!org || !(await this.hasRole(userId, orgId, 'org_admin'))) throw new DomainError('not_found');
    return org;
  }

  /** A new organisation (installation admin); the creator may name its first admin by e-mail later. */
  async create(actor: UserRow, name: string): Promise<OrgRow> {
    if (!actor.isAdmin) throw new DomainError('forbidden');
    if (await this.store.orgs.byName(name)) throw new DomainError('already_exists');
    const org: OrgRow = { id: newId(), name, require2fa: false, retentionMonths: 12, createdAt: this.now() };
    await this.store.orgs.create(org);
    return org;
  }

  /** All organisations (installation admin) or the ones the user belongs to. */
  async list(actor: UserRow): Promise<OrgRow[]> {
    if (actor.isAdmin) return this.store.orgs.list();
    const ids = new Set((await this.store.orgs.rolesOf(actor.id)).map((r) => r.orgId));
    return (await this.store.orgs.list()).filter((o) => ids.has(o.id));
  }

  async updateSettings(
    actorId: string,
    orgId: string,
    s: { require2fa?: boolean; retentionMonths?: number; name?: string },
  ): Promise<OrgRow> {
    const org = await this.requireAdmin(actorId, orgId);
    if (s.name !== undefined && s.name !== org.name) {
      const taken = await this.store.orgs.byName(s.name);
      if (taken && taken.id !== orgId) throw new DomainError('already_exists');
    }
    const next = { ...org, ...s };
    await this.store.orgs.update(next);
    return next;
  }

  async members(actorId: string, orgId: string): Promise<{ userId: string; name: string; email: string; roles: OrgRole[] }[]> {
    await this.requireAdmin(actorId, orgId);
    const rows = await this.store.orgs.members(orgId);
    const out = new Map<string, { userId: string; name: string; email: string; roles: OrgRole[] }>();
    for (const r of rows) {
      const cur = out.get(r.userId);
      if (cur) cur.roles.push(r.role);
      else {
        const u = await this.store.users.byId(r.userId);
        out.set(r.userId, { userId: r.userId, name: u?.name ?? '', email: u?.email ?? '', roles: [r.role] });
      }
    }
    return [...out.values()];
  }

  /**
   * Gives an existing account a role (org_admin of that organisation, or the installation admin
   * for an organisation's first admin). The last org_admin cannot remove their own admin role.
   */
  async setRole(actor: UserRow, orgId: string, email: string, role: OrgRole, on: boolean): Promise<void> {
    const org = await this.store.orgs.byId(orgId);
    if (!org) throw new DomainError('not_found');
    const isOrgAdmin = await this.hasRole(actor.id, orgId, 'org_admin');
    if (!isOrgAdmin && !(actor.isAdmin && role === 'org_admin')) throw new DomainError('not_found');
    const user = await this.store.users.byEmail(email);
    if (!user) throw new DomainError('user_not_found');
    if (on) return this.store.orgs.addMember(orgId, user.id, role, this.now());
    if (role === 'org_admin') {
      const admins = (await this.store.orgs.members(orgId)).filter((m) => m.role === 'org_admin');
      if (admins.length === 1 && admins[0]!.userId === user.id) throw new DomainError('last_admin');
    }
    await this.store.orgs.removeMember(orgId, user.id, role);
  }

  /** A one-time link (7 days) that creates an account in this organisation with this role. */
  async invite(orgId: string, role: OrgRole): Promise<string> {
    const token = newToken();
    await this.store.setupTokens.create(hashToken(token), this.now() + 7 * 24 * 3600_000, { orgId, role });
    return token;
  }

  /** The organisation a new process goes to: the one asked for, else the user's only one. */
  async orgForNewProcess(userId: string, orgId: string | undefined): Promise<OrgRow> {
    const rows = (await this.store.orgs.rolesOf(userId)).filter((r) => r.role === 'facilitator');
    const ids = [...new Set(rows.map((r) => r.orgId))];
    const id = orgId ?? (ids.length === 1 ? ids[0] : undefined);
    if (!id) throw new DomainError(ids.length === 0 ? 'forbidden' : 'invalid_value', { field: 'orgId' });
    if (!ids.includes(id)) throw new DomainError('forbidden');
    return (await this.store.orgs.byId(id))!;
  }

  /**
   * After an account is created: an invitation puts it in that organisation in that role; the
   * very first account of an installation is its admin and runs its first organisation.
   */
  async onAccountCreated(user: UserRow, invite: { orgId?: string; role?: OrgRole }, firstOrgName: string | undefined): Promise<void> {
    const at = this.now();
    if (invite.orgId && invite.role) {
      if (await this.store.orgs.byId(invite.orgId)) await this.store.orgs.addMember(invite.orgId, user.id, invite.role, at);
      return;
    }
    if ((await this.store.users.count()) === 1) await this.store.users.setAdmin(user.id, true);
    // zero set-up: the first account of a fresh installation gets an organisation to work in
    const name = firstOrgName ?? ((await this.store.orgs.list()).length === 0 ? 'Vuoropuhe' : undefined);
    if (!name) return;
    const existing = await this.store.orgs.byName(name);
    const org = existing ?? { id: newId(), name, require2fa: false, retentionMonths: 12, createdAt: at };
    if (!existing) await this.store.orgs.create(org);
    // a plain setup link (first start, create-admin) makes its holder run that organisation
    for (const role of ['org_admin', 'coordinator', 'facilitator'] as const) await this.store.orgs.addMember(org.id, user.id, role, at);
  }
}
