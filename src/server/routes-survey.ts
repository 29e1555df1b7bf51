import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { serverId } from '../protocol/ids.ts';
import {
  createSurveyBody,
  surveyAnswerBody,
  surveyItemsBody,
  surveyLinksBody,
  surveyPhase,
  surveyToken,
} from '../protocol/survey-schema.ts';
import { csvSurvey } from '../reports/survey-csv.ts';
import type { Who } from '../services/followup-service.ts';
import { SurveyService } from '../services/survey-service.ts';
import type { UserRow } from '../store/store.ts';
import { requireUser } from './auth-guard.ts';
import type { Deps } from './deps.ts';
import { orDomainError, parseBody, sendError } from './http-util.ts';
import { RateLimiter } from './rate-limit.ts';

type Req = FastifyRequest<{ Params: { id: string; phase?: string } }>;

/** The signed-in user and a well-formed process id (and phase, when the route has one), or an answer already sent. */
async function staffCall(d: Deps, req: Req, reply: FastifyReply): Promise<{ user: UserRow; processId: string; who: Who } | null> {
  const user = await requireUser(d.auth, req, reply);
  if (!user) return null;
  const badPhase = req.params.phase !== undefined && !surveyPhase.safeParse(req.params.phase).success;
  if (!serverId.safeParse(req.params.id).success || badPhase) {
    sendError(req, reply, 404, 'not_found');
    return null;
  }
  return { user, processId: req.params.id, who: { userId: user.id, ip: req.ip } };
}

const phaseOf = (req: Req) => surveyPhase.parse(req.params.phase);

/**
 * The wellbeing survey: managed by the process's facilitator and commissioner (coordinators and
 * org admins read), answered through single-use links with no account. [SPEC WB1–WB10]
 */
export function registerSurveyRoutes(app: FastifyInstance, d: Deps): void {
  const surveys = new SurveyService(d.store, d.processes, d.now);
  registerStaffRoutes(app, d, surveys);
  registerPublicRoutes(app, d, surveys);
}

function registerStaffRoutes(app: FastifyInstance, d: Deps, surveys: SurveyService): void {
  app.get<{ Params: { id: string } }>('/api/processes/:id/surveys', async (req, reply) => {
    const c = await staffCall(d, req, reply);
    return c ? orDomainError(req, reply, () => surveys.list(c.user.id, c.processId)) : reply;
  });

  app.post<{ Params: { id: string } }>('/api/processes/:id/surveys', async (req, reply) => {
    const c = await staffCall(d, req, reply);
    const body = c && parseBody(createSurveyBody, req, reply);
    if (!c || !body) return reply;
    return orDomainError(req, reply, async () => reply.code(201).send(await surveys.create(c.who, c.processId, body.phase)));
  });

  app.put<{ Params: { id: string } }>('/api/processes/:id/survey-items', async (req, reply) => {
    const c = await staffCall(d, req, reply);
    const body = c && parseBody(surveyItemsBody, req, reply);
    return c && body ? orDomainError(req, reply, () => surveys.setItems(c.who, c.processId, body.items)) : reply;
  });

  app.post<{ Params: { id: string; phase: string } }>('/api/processes/:id/surveys/:phase/links', async (req, reply) => {
    const c = await staffCall(d, req, reply);
    const body = c && parseBody(surveyLinksBody, req, reply);
    if (!c || !body) return reply;
    return orDomainError(req, reply, async () => {
      const { lang, tokens } = await surveys.issueLinks(c.who, c.processId, phaseOf(req), body.count);
      const base = d.config.publicUrl ?? `${req.protocol}://${req.headers.host ?? 'localhost'}`;
      // shown once: only hashes are kept [SPEC WB3]
      return reply
        .code(201)
        .header('cache-control', 'no-store')
        .send({ links: tokens.map((t) => `${base}/${lang}/survey#${t}`) });
    });
  });

  app.post<{ Params: { id: string; phase: string } }>('/api/processes/:id/surveys/:phase/close', async (req, reply) => {
    const c = await staffCall(d, req, reply);
    if (!c) return reply;
    return orDomainError(req, reply, async () => {
      await surveys.close(c.who, c.processId, phaseOf(req));
      return reply.code(204).send();
    });
  });

  app.get<{ Params: { id: string } }>('/api/processes/:id/survey-results', async (req, reply) => {
    const c = await staffCall(d, req, reply);
    return c ? orDomainError(req, reply, () => surveys.results(c.user.id, c.processId)) : reply;
  });

  app.get<{ Params: { id: string } }>('/api/orgs/:id/survey-units', async (req, reply) => {
    const c = await staffCall(d, req, reply);
    return c ? orDomainError(req, reply, () => surveys.unitResults(c.user.id, req.params.id)) : reply;
  });

  app.get<{ Params: { id: string } }>('/api/processes/:id/survey-results.csv', async (req, reply) => {
    const c = await staffCall(d, req, reply);
    if (!c) return reply;
    return orDomainError(req, reply, async () => {
      const csv = csvSurvey(await surveys.results(c.user.id, c.processId));
      await surveys.auditExport(c.who, c.processId);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="vuoropuhe-survey.csv"')
        .header('cache-control', 'private, no-store')
        .send(csv);
    });
  });
}

/**
 * No account: the link's token is the only credential. Unknown, used and closed links get the
 * same 404. Guessing is slowed like joining: 30 failures per address, then one per 10 s; all
 * survey requests on a node: bursts of 2,000, then 100/s. [SPEC WB4, J5]
 */
function registerPublicRoutes(app: FastifyInstance, d: Deps, surveys: SurveyService): void {
  const failures = new RateLimiter(30, 0.1, d.now);
  const global = new RateLimiter(2000, 100, d.now);
  const limited = (req: FastifyRequest, reply: FastifyReply): boolean => {
    const wait = Math.max(failures.check(req.ip, false), global.check('all'));
    if (wait === 0) return false;
    reply.header('retry-after', String(wait));
    sendError(req, reply, 429, 'rate_limited');
    return true;
  };
  const gone = (req: FastifyRequest, reply: FastifyReply) => {
    failures.check(req.ip);
    return sendError(req, reply, 404, 'not_found');
  };

  app.get<{ Params: { token: string } }>('/api/survey/:token', async (req, reply) => {
    if (limited(req, reply)) return reply;
    reply.header('cache-control', 'no-store');
    const view = surveyToken.safeParse(req.params.token).success ? await surveys.publicView(req.params.token) : null;
    return view ?? gone(req, reply);
  });

  app.post<{ Params: { token: string } }>('/api/survey/:token', async (req, reply) => {
    if (limited(req, reply)) return reply;
    const body = parseBody(surveyAnswerBody, req, reply);
    if (!body) return reply;
    if (!surveyToken.safeParse(req.params.token).success) return gone(req, reply);
    const r = await surveys.answer(req.params.token, body.answers);
    if (r === 'gone') return gone(req, reply);
    if (r === 'invalid') return sendError(req, reply, 400, 'validation', 'answers');
    return reply.code(201).send({ ok: true });
  });
}
