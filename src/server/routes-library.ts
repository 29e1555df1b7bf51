import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { join } from 'node:path';
import type { z } from 'zod';
import { serverId } from '../protocol/ids.ts';
import { libraryQuery, meetupBody, meetupLinkBody, publishBody, scopeBody } from '../protocol/library-schema.ts';
import type { Who } from '../services/followup-service.ts';
import { LibraryService } from '../services/library-service.ts';
import { MeetupService } from '../services/meetup-service.ts';
import { SecretBox } from '../services/secret-box.ts';
import { requireUser } from './auth-guard.ts';
import type { Config } from './config.ts';
import type { Deps } from './deps.ts';
import { orDomainError, parseBody, sendError } from './http-util.ts';

type Route = { Params: Record<string, string>; Querystring: Record<string, unknown> };
type Req = FastifyRequest<Route>;

/** The installation's sealing key, as the account service uses it (SECRET_KEY or DATA_DIR/secret.key). */
export function installationSecrets(c: Config): SecretBox {
  return new SecretBox(c.secretKey ? { key: c.secretKey } : { keyFile: join(c.dataDir, 'secret.key') });
}

/** The signed-in user and a well-formed id in the path, or an answer already sent. */
async function who(d: Deps, req: Req, reply: FastifyReply): Promise<(Who & { id: string }) | null> {
  const user = await requireUser(d.auth, req, reply);
  if (!user) return null;
  const id = req.params.id ?? '';
  if (!serverId.safeParse(id).success) {
    sendError(req, reply, 404, 'not_found');
    return null;
  }
  return { userId: user.id, ip: req.ip, id };
}

/** The query string validated like a body (400 `validation` naming the parameter). */
function query<S extends z.ZodType>(schema: S, req: Req, reply: FastifyReply): z.infer<S> | null {
  const r = schema.safeParse(req.query ?? {});
  if (r.success) return r.data;
  sendError(req, reply, 400, 'validation', r.error.issues[0]?.path.join('.') || 'query');
  return null;
}

/**
 * The practice library (publish from a process, search, change scope, withdraw) and meetups
 * (Kohtaamo) with their public read-only link. Scoping lives in the services. [SPEC L1–L10]
 */
export function registerLibraryRoutes(app: FastifyInstance, d: Deps): void {
  const loadState = async (id: string) => (await d.engine.load(id))?.state ?? null;
  const library = new LibraryService(d.store, d.processes, loadState, d.now);
  const meetups = new MeetupService(d.store, installationSecrets(d.config), d.now);

  app.get<Route>('/api/processes/:id/practices', async (req, reply) => {
    const c = await who(d, req, reply);
    return c ? orDomainError(req, reply, () => library.processPractices(c.userId, c.id)) : reply;
  });

  app.post<Route>('/api/processes/:id/library', async (req, reply) => {
    const c = await who(d, req, reply);
    const body = c && parseBody(publishBody, req, reply);
    if (!c || !body) return reply;
    return orDomainError(req, reply, async () => reply.code(201).send(await library.publish(c, c.id, body)));
  });

  app.get<Route>('/api/library', async (req, reply) => {
    const user = await requireUser(d.auth, req, reply);
    const q = user && query(libraryQuery, req, reply);
    return user && q ? orDomainError(req, reply, () => library.search(user.id, q)) : reply;
  });

  app.get<Route>('/api/library/:id', async (req, reply) => {
    const c = await who(d, req, reply);
    return c ? orDomainError(req, reply, () => library.get(c.userId, c.id)) : reply;
  });

  app.patch<Route>('/api/library/:id', async (req, reply) => {
    const c = await who(d, req, reply);
    const body = c && parseBody(scopeBody, req, reply);
    return c && body ? orDomainError(req, reply, () => library.setScope(c, c.id, body.scope)) : reply;
  });

  app.delete<Route>('/api/library/:id', async (req, reply) => {
    const c = await who(d, req, reply);
    if (!c) return reply;
    return orDomainError(req, reply, async () => {
      await library.withdraw(c, c.id);
      return reply.code(204).send();
    });
  });

  app.get<Route>('/api/orgs/:id/meetups', async (req, reply) => {
    const c = await who(d, req, reply);
    return c ? orDomainError(req, reply, () => meetups.list(c.userId, c.id)) : reply;
  });

  app.post<Route>('/api/orgs/:id/meetups', async (req, reply) => {
    const c = await who(d, req, reply);
    const body = c && parseBody(meetupBody, req, reply);
    if (!c || !body) return reply;
    return orDomainError(req, reply, async () => reply.code(201).send(await meetups.create(c, c.id, body)));
  });

  app.get<Route>('/api/meetups/:id', async (req, reply) => {
    const c = await who(d, req, reply);
    return c ? orDomainError(req, reply, () => meetups.get(c.userId, c.id)) : reply;
  });

  app.put<Route>('/api/meetups/:id', async (req, reply) => {
    const c = await who(d, req, reply);
    const body = c && parseBody(meetupBody, req, reply);
    return c && body ? orDomainError(req, reply, () => meetups.update(c, c.id, body)) : reply;
  });

  app.delete<Route>('/api/meetups/:id', async (req, reply) => {
    const c = await who(d, req, reply);
    if (!c) return reply;
    return orDomainError(req, reply, async () => {
      await meetups.delete(c, c.id);
      return reply.code(204).send();
    });
  });

  app.put<Route>('/api/meetups/:id/link', async (req, reply) => {
    const c = await who(d, req, reply);
    const body = c && parseBody(meetupLinkBody, req, reply);
    return c && body ? orDomainError(req, reply, () => meetups.setLink(c, c.id, body.on, body.regenerate)) : reply;
  });

  // public, read-only, no account: the same 404 for an unknown, malformed or disabled link [SPEC L10]
  app.get<{ Params: { token: string } }>('/api/public/meetups/:token', async (req, reply) => {
    reply.header('cache-control', 'no-store');
    return orDomainError(req, reply, () => meetups.publicView(req.params.token));
  });
}
