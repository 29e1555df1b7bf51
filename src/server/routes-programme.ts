import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import {
  assignmentBody,
  categoryBody,
  categoryPatch,
  commissionBody,
  createCommissionBody,
  dialoguesQuery,
  hoursBody,
  hoursQuery,
  profileBody,
  statsQuery,
  transitionBody,
} from '../protocol/programme-schema.ts';
import { serverId } from '../protocol/ids.ts';
import { csvStats } from '../reports/org-csv.ts';
import type { Lang } from '../domain/types.ts';
import type { Who } from '../services/followup-service.ts';
import { ProgrammeAccess } from '../services/programme-access.ts';
import { ProgrammeCommissionService } from '../services/programme-commission-service.ts';
import { ProgrammeOrgService } from '../services/programme-org-service.ts';
import { ProgrammeService } from '../services/programme-service.ts';
import type { Deps } from './deps.ts';
import { requireUser } from './auth-guard.ts';
import { exportLang, orDomainError, parseBody, sendError } from './http-util.ts';

type Req = FastifyRequest<{ Params: Record<string, string>; Querystring: Record<string, unknown> }>;

/** The signed-in user and well-formed ids in the path — or an answer already sent. */
async function who(d: Deps, req: Req, reply: FastifyReply): Promise<(Who & { id: string; sub: string; lang: Lang }) | null> {
  const user = await requireUser(d.auth, req, reply);
  if (!user) return null;
  const { id = '', ...rest } = req.params;
  const sub = Object.values(rest)[0] ?? '';
  if (!serverId.safeParse(id).success || (sub !== '' && !serverId.safeParse(sub).success)) {
    sendError(req, reply, 404, 'not_found');
    return null;
  }
  return { userId: user.id, ip: req.ip, id, sub, lang: user.lang };
}

/** The query string validated like a body (400 `validation` naming the parameter). */
function query<S extends z.ZodType>(schema: S, req: Req, reply: FastifyReply): z.infer<S> | null {
  const r = schema.safeParse(req.query ?? {});
  if (r.success) return r.data;
  sendError(req, reply, 400, 'validation', r.error.issues[0]?.path.join('.') || 'query');
  return null;
}

/**
 * The dialogue programme: a process's commission and life cycle, facilitator assignment and
 * hours; an organisation's categories, dialogue list, statistics (JSON and CSV), pool and
 * monthly hours; a coordinator commissions a dialogue for a pool facilitator. Scoping lives in
 * the services. [SPEC PR1–PR11]
 */
export function registerProgrammeRoutes(app: FastifyInstance, d: Deps): void {
  const access = new ProgrammeAccess(d.store, d.processes, d.now);
  const processes = new ProgrammeService(access);
  const orgs = new ProgrammeOrgService(access);
  const commissions = new ProgrammeCommissionService(access, d.processes, processes);

  /** a route with a JSON body: user, ids and body checked, then the service call */
  const write =
    <S extends z.ZodType>(schema: S, status: number, fn: (w: Who & { id: string; sub: string }, body: z.infer<S>) => Promise<unknown>) =>
    async (req: Req, reply: FastifyReply) => {
      const w = await who(d, req, reply);
      const body = w && parseBody(schema, req, reply);
      if (!w || body === null) return reply;
      return orDomainError(req, reply, async () => reply.code(status).send(await fn(w, body)));
    };
  /** a read: user and ids checked, then the service call */
  const read =
    (fn: (w: Who & { id: string; sub: string; lang: Lang }, req: Req, reply: FastifyReply) => Promise<unknown>) =>
    async (req: Req, reply: FastifyReply) => {
      const w = await who(d, req, reply);
      return w ? orDomainError(req, reply, () => fn(w, req, reply)) : reply;
    };

  app.get(
    '/api/processes/:id/commission',
    read((w) => processes.commission(w.userId, w.id)),
  );
  app.put(
    '/api/processes/:id/commission',
    write(commissionBody, 200, (w, b) => processes.saveCommission(w, w.id, b)),
  );
  app.post(
    '/api/processes/:id/transition',
    write(transitionBody, 200, (w, b) => processes.transition(w, w.id, b)),
  );
  app.put(
    '/api/processes/:id/assignment',
    write(assignmentBody, 200, (w, b) => processes.assign(w, w.id, b)),
  );
  app.post(
    '/api/processes/:id/hours',
    write(hoursBody, 201, (w, b) => processes.addHours(w, w.id, b)),
  );

  app.get(
    '/api/orgs/:id/categories',
    read((w) => orgs.categories(w.userId, w.id)),
  );
  app.post(
    '/api/orgs/:id/categories',
    write(categoryBody, 201, (w, b) => orgs.createCategory(w, w.id, b.name)),
  );
  app.patch(
    '/api/orgs/:id/categories/:categoryId',
    write(categoryPatch, 200, (w, b) => orgs.updateCategory(w, w.id, w.sub, b)),
  );
  app.post(
    '/api/orgs/:id/commissions',
    write(createCommissionBody, 201, (w, b) => commissions.create(w, w.id, b)),
  );
  app.get(
    '/api/orgs/:id/facilitators',
    read((w) => orgs.pool(w.userId, w.id)),
  );
  app.put(
    '/api/orgs/:id/facilitators/:userId',
    write(profileBody, 200, (w, b) => orgs.putProfile(w, w.id, w.sub, b)),
  );

  app.get(
    '/api/orgs/:id/dialogues',
    read(async (w, req, reply) => {
      const q = query(dialoguesQuery, req, reply);
      return q ? orgs.dialogues(w.userId, w.id, q) : reply;
    }),
  );
  app.get(
    '/api/orgs/:id/hours',
    read(async (w, req, reply) => {
      const q = query(hoursQuery, req, reply);
      return q ? orgs.hours(w.userId, w.id, q.month) : reply;
    }),
  );
  app.get(
    '/api/orgs/:id/stats',
    read(async (w, req, reply) => {
      const q = query(statsQuery, req, reply);
      return q ? orgs.stats(w.userId, w.id, q) : reply;
    }),
  );
  app.get(
    '/api/orgs/:id/stats.csv',
    read(async (w, req, reply) => {
      const q = query(statsQuery, req, reply);
      if (!q) return reply;
      const stats = await orgs.stats(w.userId, w.id, q);
      // an export of the organisation's figures is logged before it is sent [SPEC D4]
      await access.audit(w, `org:${w.id}`, 'export', { format: 'stats.csv', by: q.by, year: q.year ?? null });
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="dialogue-statistics-${q.year ?? 'all'}-${q.by}.csv"`)
        .send(csvStats(exportLang(req, w), stats.rows));
    }),
  );
}
