import type { FastifyInstance, FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import { createProcessBody } from '../protocol/http-schema.ts';
import { serverId } from '../protocol/ids.ts';
import type { Deps } from './deps.ts';
import { requireUser } from './auth-guard.ts';
import { orDomainError, parseBody, sendError } from './http-util.ts';

/** Where people join: PUBLIC_URL if set, else the address the facilitator used. */
export function joinUrl(d: Deps, req: FastifyRequest, lang: string, code: string): string {
  const base = d.config.publicUrl ?? `${req.protocol}://${req.headers.host ?? `localhost:${d.config.port}`}`;
  return `${base}/${lang}/join/${code}`;
}

export function registerProcessRoutes(app: FastifyInstance, d: Deps): void {
  app.get('/api/processes', async (req, reply) => {
    const user = await requireUser(d.auth, req, reply);
    return user ? d.processes.list(user.id) : reply;
  });

  app.post('/api/processes', async (req, reply) => {
    const user = await requireUser(d.auth, req, reply);
    if (!user) return reply;
    const body = parseBody(createProcessBody, req, reply);
    if (!body) return reply;
    return orDomainError(req, reply, async () => reply.code(201).send(await d.processes.createFromHkd(user.id, body)));
  });

  app.get<{ Params: { id: string } }>('/api/processes/:id', async (req, reply) => {
    const user = await requireUser(d.auth, req, reply);
    if (!user) return reply;
    const p = serverId.safeParse(req.params.id).success ? await d.processes.get(user.id, req.params.id) : null;
    return p ?? sendError(req, reply, 404, 'not_found');
  });

  app.get<{ Params: { id: string } }>('/api/sessions/:id', async (req, reply) => {
    const user = await requireUser(d.auth, req, reply);
    if (!user) return reply;
    const s = serverId.safeParse(req.params.id).success ? await d.processes.sessionFor(user.id, req.params.id) : null;
    const p = s ? await d.processes.get(user.id, s.processId) : null;
    if (!s || !p) return sendError(req, reply, 404, 'not_found');
    const session = p.sessions.find((x) => x.id === s.id)!;
    return { session, process: p, joinUrl: joinUrl(d, req, p.lang, s.joinCode) };
  });

  app.get<{ Params: { id: string } }>('/api/sessions/:id/qr.svg', async (req, reply) => {
    const user = await requireUser(d.auth, req, reply);
    if (!user) return reply;
    const s = serverId.safeParse(req.params.id).success ? await d.processes.sessionFor(user.id, req.params.id) : null;
    const p = s ? await d.processes.get(user.id, s.processId) : null;
    if (!s || !p) return sendError(req, reply, 404, 'not_found');
    const svg = await QRCode.toString(joinUrl(d, req, p.lang, s.joinCode), { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    return reply.header('content-type', 'image/svg+xml').header('cache-control', 'private, max-age=60').send(svg);
  });
}
