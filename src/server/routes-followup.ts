import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actionBody, actionPatch, commissionerBody, followupBody, summaryBody } from '../protocol/http-schema.ts';
import { serverId } from '../protocol/ids.ts';
import type { UserRow } from '../store/store.ts';
import type { Who } from '../services/followup-service.ts';
import { renderIcs } from '../reports/ics.ts';
import { reportLabel } from '../reports/labels.ts';
import type { Deps } from './deps.ts';
import { requireUser } from './auth-guard.ts';
import { orDomainError, parseBody, sendError } from './http-util.ts';

type Req = FastifyRequest<{ Params: { id: string; actionId?: string } }>;

const createSessionBody = z.strictObject({ kind: z.literal('open_space') });

/** The signed-in user and a well-formed process id, or an answer already sent. */
async function userAndProcess(d: Deps, req: Req, reply: FastifyReply): Promise<{ user: UserRow; processId: string; who: Who } | null> {
  const user = await requireUser(d.auth, req, reply);
  if (!user) return null;
  if (!serverId.safeParse(req.params.id).success) {
    sendError(req, reply, 404, 'not_found');
    return null;
  }
  return { user, processId: req.params.id, who: { userId: user.id, ip: req.ip } };
}

/**
 * After the sessions: session 2, commissioner, follow-up agreement (+ calendar file), actions,
 * the commissioner's summary and the outputs page. Access is decided in the services. [SPEC O6, D1–D3]
 */
export function registerFollowupRoutes(app: FastifyInstance, d: Deps): void {
  app.post<{ Params: { id: string } }>('/api/processes/:id/sessions', async (req, reply) => {
    const c = await userAndProcess(d, req, reply);
    if (!c || !parseBody(createSessionBody, req, reply)) return reply;
    const loadState = async (id: string) => (await d.engine.load(id))?.state ?? null;
    return orDomainError(req, reply, async () =>
      reply.code(201).send(await d.processes.createOpenSpace(c.user.id, c.processId, loadState)),
    );
  });

  app.put<{ Params: { id: string } }>('/api/processes/:id/commissioner', async (req, reply) => {
    const c = await userAndProcess(d, req, reply);
    const body = c && parseBody(commissionerBody, req, reply);
    if (!c || !body) return reply;
    return orDomainError(req, reply, async () => {
      const p = await d.processes.setCommissioner(c.user.id, c.processId, body.email);
      await d.followups.audit(c.who, c.processId, 'commissioner.set', { email: body.email });
      return p;
    });
  });

  app.get<{ Params: { id: string } }>('/api/processes/:id/outputs', async (req, reply) => {
    const c = await userAndProcess(d, req, reply);
    return c ? orDomainError(req, reply, () => d.followups.outputs(c.user.id, c.processId)) : reply;
  });

  app.get<{ Params: { id: string } }>('/api/processes/:id/followup', async (req, reply) => {
    const c = await userAndProcess(d, req, reply);
    return c ? orDomainError(req, reply, () => d.followups.followup(c.user.id, c.processId)) : reply;
  });

  app.put<{ Params: { id: string } }>('/api/processes/:id/followup', async (req, reply) => {
    const c = await userAndProcess(d, req, reply);
    const body = c && parseBody(followupBody, req, reply);
    return c && body ? orDomainError(req, reply, () => d.followups.saveFollowup(c.who, c.processId, body)) : reply;
  });

  app.get<{ Params: { id: string } }>('/api/processes/:id/followup.ics', async (req, reply) => {
    const c = await userAndProcess(d, req, reply);
    if (!c) return reply;
    return orDomainError(req, reply, async () => {
      const { process } = await d.followups.access(c.user.id, c.processId);
      const f = await d.followups.followup(c.user.id, c.processId);
      if (!f.nextMeeting) return sendError(req, reply, 404, 'not_found');
      const ics = renderIcs({
        uid: `${c.processId}-next@vuoropuhe`,
        title: reportLabel(process.lang, 'report.ics.title', { name: process.name }),
        description: f.heard,
        start: f.nextMeeting,
        durationMinutes: 120,
        location: f.nextMeetingPlace,
        now: d.now(),
      });
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="vuoropuhe-next-meeting.ics"')
        .send(ics);
    });
  });

  app.get<{ Params: { id: string } }>('/api/processes/:id/actions', async (req, reply) => {
    const c = await userAndProcess(d, req, reply);
    return c ? orDomainError(req, reply, () => d.followups.actions(c.user.id, c.processId)) : reply;
  });

  app.post<{ Params: { id: string } }>('/api/processes/:id/actions', async (req, reply) => {
    const c = await userAndProcess(d, req, reply);
    const body = c && parseBody(actionBody, req, reply);
    if (!c || !body) return reply;
    return orDomainError(req, reply, async () => reply.code(201).send(await d.followups.createAction(c.who, c.processId, body)));
  });

  app.patch<{ Params: { id: string; actionId: string } }>('/api/processes/:id/actions/:actionId', async (req, reply) => {
    const c = await userAndProcess(d, req, reply);
    const body = c && parseBody(actionPatch, req, reply);
    if (!c || !body) return reply;
    if (!serverId.safeParse(req.params.actionId).success) return sendError(req, reply, 404, 'not_found');
    return orDomainError(req, reply, () => d.followups.updateAction(c.who, c.processId, req.params.actionId, body));
  });

  app.get<{ Params: { id: string } }>('/api/processes/:id/summary', async (req, reply) => {
    const c = await userAndProcess(d, req, reply);
    return c ? orDomainError(req, reply, () => d.followups.summary(c.user.id, c.processId)) : reply;
  });

  app.put<{ Params: { id: string } }>('/api/processes/:id/summary', async (req, reply) => {
    const c = await userAndProcess(d, req, reply);
    const body = c && parseBody(summaryBody, req, reply);
    return c && body ? orDomainError(req, reply, () => d.followups.saveSummary(c.who, c.processId, body.text)) : reply;
  });
}
