import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import {
  createOrgBody,
  inviteBody,
  memberRoleBody,
  orgSettingsBody,
  processCloseBody,
  processRetentionBody,
  type AuditView,
  type OrgView,
} from '../protocol/http-schema.ts';
import { DomainError } from '../domain/errors.ts';
import { serverId } from '../protocol/ids.ts';
import { csvAudit } from '../reports/org-csv.ts';
import type { Who } from '../services/followup-service.ts';
import type { UserRow } from '../store/store.ts';
import type { Deps } from './deps.ts';
import { requireUser } from './auth-guard.ts';
import { exportLang, orDomainError, parseBody, sendError } from './http-util.ts';

interface Ctx {
  user: UserRow;
  id: string;
  who: Who;
}

/** The signed-in user, a well-formed :id and (for writes) a valid body — or an answer already sent. */
async function ctx(d: Deps, req: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply): Promise<Ctx | null> {
  const user = await requireUser(d.auth, req, reply);
  if (!user) return null;
  if (!serverId.safeParse(req.params.id).success) {
    sendError(req, reply, 404, 'not_found');
    return null;
  }
  return { user, id: req.params.id, who: { userId: user.id, ip: req.ip } };
}

function withBody<S extends z.ZodType>(schema: S, req: FastifyRequest, reply: FastifyReply): z.infer<S> | null {
  return parseBody(schema, req, reply);
}

/**
 * Organisations (installation admin creates them; organisation admins manage members, invitations,
 * 2FA and retention settings and read the audit log) and a process's closing, retention and
 * erasure. Every change is written to the audit log. [SPEC S5, D5, D7]
 */
export function registerOrgRoutes(app: FastifyInstance, d: Deps): void {
  const view = async (user: UserRow): Promise<OrgView[]> => {
    const memberships = await d.orgs.memberships(user.id);
    return (await d.orgs.list(user)).map((o) => ({
      id: o.id,
      name: o.name,
      require2fa: o.require2fa,
      retentionMonths: o.retentionMonths,
      roles: memberships.find((m) => m.orgId === o.id)?.roles ?? [],
    }));
  };

  app.get('/api/orgs', async (req, reply) => {
    const user = await requireUser(d.auth, req, reply);
    return user ? view(user) : reply;
  });

  app.post('/api/orgs', async (req, reply) => {
    const user = await requireUser(d.auth, req, reply);
    const body = user && withBody(createOrgBody, req, reply);
    if (!user || !body) return reply;
    return orDomainError(req, reply, async () => {
      const org = await d.orgs.create(user, body.name);
      await d.followups.auditTarget({ userId: user.id, ip: req.ip }, `org:${org.id}`, 'org.create', { name: org.name });
      return reply.code(201).send(org);
    });
  });

  app.patch<{ Params: { id: string } }>('/api/orgs/:id', async (req, reply) => {
    const c = await ctx(d, req, reply);
    const body = c && withBody(orgSettingsBody, req, reply);
    if (!c || !body) return reply;
    return orDomainError(req, reply, async () => {
      const org = await d.orgs.updateSettings(c.user.id, c.id, body);
      await d.followups.auditTarget(c.who, `org:${c.id}`, 'org.settings', { ...body });
      return org;
    });
  });

  app.get<{ Params: { id: string } }>('/api/orgs/:id/members', async (req, reply) => {
    const c = await ctx(d, req, reply);
    return c ? orDomainError(req, reply, () => d.orgs.members(c.user.id, c.id)) : reply;
  });

  app.put<{ Params: { id: string } }>('/api/orgs/:id/members', async (req, reply) => {
    const c = await ctx(d, req, reply);
    const body = c && withBody(memberRoleBody, req, reply);
    if (!c || !body) return reply;
    return orDomainError(req, reply, async () => {
      await d.orgs.setRole(c.user, c.id, body.email, body.role, body.on);
      await d.followups.auditTarget(c.who, `org:${c.id}`, 'role.set', { email: body.email, role: body.role, on: body.on });
      return reply.code(204).send();
    });
  });

  app.post<{ Params: { id: string } }>('/api/orgs/:id/invites', async (req, reply) => {
    const c = await ctx(d, req, reply);
    const body = c && withBody(inviteBody, req, reply);
    if (!c || !body) return reply;
    return orDomainError(req, reply, async () => {
      await d.orgs.requireAdmin(c.user.id, c.id);
      const token = await d.orgs.invite(c.id, body.role);
      await d.followups.auditTarget(c.who, `org:${c.id}`, 'invite.create', { role: body.role });
      const base = d.config.publicUrl ?? `${req.protocol}://${req.headers.host ?? 'localhost'}`;
      return reply.code(201).send({ link: `${base}/${c.user.lang}/setup#${token}`, expiresInDays: 7 });
    });
  });

  app.get<{ Params: { id: string }; Querystring: { format?: string } }>('/api/orgs/:id/audit', async (req, reply) => {
    const c = await ctx(d, req, reply);
    if (!c) return reply;
    return orDomainError(req, reply, async () => {
      const entries = await auditOf(d, c.user.id, c.id);
      await d.followups.auditTarget(c.who, `org:${c.id}`, 'audit.view', { format: req.query.format ?? 'json' });
      if (req.query.format !== 'csv') return entries;
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="audit-log.csv"')
        .send(csvAudit(exportLang(req, c.user), entries));
    });
  });

  app.post<{ Params: { id: string } }>('/api/processes/:id/close', async (req, reply) => {
    const c = await ctx(d, req, reply);
    const body = c && withBody(processCloseBody, req, reply);
    if (!c || !body) return reply;
    return orDomainError(req, reply, async () => {
      // closing starts the retention clock (reopening stops it): the facilitator who runs the
      // process or an org admin (who manages retention) decides; a coordinator or the
      // commissioner sees the process but may not [SPEC S5, D7]
      const { process, role } = await d.followups.access(c.user.id, c.id);
      if (role !== 'facilitator' && !(await d.orgs.hasRole(c.user.id, process.orgId, 'org_admin'))) throw new DomainError('forbidden');
      await d.store.processes.setClosed(c.id, body.closed ? d.now() : null);
      await d.followups.audit(c.who, c.id, body.closed ? 'process.close' : 'process.reopen', {});
      return reply.code(204).send();
    });
  });

  app.put<{ Params: { id: string } }>('/api/processes/:id/retention', async (req, reply) => {
    const c = await ctx(d, req, reply);
    const body = c && withBody(processRetentionBody, req, reply);
    if (!c || !body) return reply;
    return orDomainError(req, reply, async () => {
      const p = await d.store.processes.byId(c.id);
      if (!p) return sendError(req, reply, 404, 'not_found');
      await d.orgs.requireAdmin(c.user.id, p.orgId);
      await d.store.processes.setRetention(c.id, body.months);
      await d.followups.audit(c.who, c.id, 'retention.set', { months: body.months });
      return reply.code(204).send();
    });
  });

  app.post<{ Params: { id: string } }>('/api/processes/:id/erase', async (req, reply) => {
    const c = await ctx(d, req, reply);
    return c ? orDomainError(req, reply, async () => reply.code(204).send(await d.retention.eraseNow(c.who, c.id))) : reply;
  });
}

/** The organisation's audit log: its own entries, its processes' and its members' sign-ins. */
async function auditOf(d: Deps, userId: string, orgId: string): Promise<AuditView[]> {
  await d.orgs.requireAdmin(userId, orgId);
  const processes = await d.store.processes.listByOrg(orgId);
  const members = await d.store.orgs.members(orgId);
  const targets = [`org:${orgId}`, ...processes.map((p) => `process:${p.id}`), ...new Set(members.map((m) => `user:${m.userId}`))];
  const entries = await d.store.audit.listMany(targets, 2000);
  const names = new Map<string, string>();
  const out: AuditView[] = [];
  for (const e of entries) {
    if (e.userId && !names.has(e.userId)) names.set(e.userId, (await d.store.users.byId(e.userId))?.email ?? e.userId);
    out.push({
      id: e.id,
      at: e.at,
      user: e.userId ? names.get(e.userId)! : null,
      action: e.action,
      target: e.target,
      detail: e.detail,
      ip: e.ip,
    });
  }
  return out;
}
