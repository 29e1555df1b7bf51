import type { FastifyInstance } from 'fastify';
import { loginBody, meBody, setupBody, type MeResponse } from '../protocol/http-schema.ts';
import { AUTH_SESSION_MS } from '../services/auth-service.ts';
import type { UserRow } from '../store/store.ts';
import type { Deps } from './deps.ts';
import { clearCookie, sessionCookie } from './http-security.ts';
import { cookieToken, parseBody, requestLang, requireUser, sendError } from './http-util.ts';

const me = (u: UserRow): MeResponse => ({ id: u.id, email: u.email, name: u.name, lang: u.lang });

/** Setup (one-time link), sign in, sign out, me. [SPEC U1–U4] */
export function registerAuthRoutes(app: FastifyInstance, d: Deps): void {
  const cookieFor = (token: string) => sessionCookie(token, AUTH_SESSION_MS / 1000, d.config.cookieSecure);

  app.get('/api/setup-status', async () => ({ needsSetup: await d.auth.needsSetup() }));

  app.post('/api/setup', async (req, reply) => {
    const body = parseBody(setupBody, req, reply);
    if (!body) return reply;
    const r = await d.auth.setup(body.token, body.email, body.password, body.name, requestLang(req));
    if (r === 'token') return sendError(req, reply, 400, 'setup_token');
    if (r === 'email_taken') return sendError(req, reply, 400, 'email_taken');
    reply.header('set-cookie', cookieFor(await d.auth.startSession(r.id)));
    return reply.code(201).send(me(r));
  });

  app.post('/api/login', async (req, reply) => {
    const body = parseBody(loginBody, req, reply);
    if (!body) return reply;
    const user = await d.auth.login(body.email, body.password);
    if (!user) return sendError(req, reply, 401, 'login_failed');
    // a fresh token on every login (session rotation); the old cookie's session ends
    await d.auth.endSession(cookieToken(req));
    reply.header('set-cookie', cookieFor(await d.auth.startSession(user.id)));
    return me(user);
  });

  app.post('/api/logout', async (req, reply) => {
    await d.auth.endSession(cookieToken(req));
    reply.header('set-cookie', clearCookie(d.config.cookieSecure));
    return reply.code(204).send();
  });

  app.get('/api/me', async (req, reply) => {
    const user = await requireUser(d.auth, req, reply);
    return user ? me(user) : reply;
  });

  app.patch('/api/me', async (req, reply) => {
    const user = await requireUser(d.auth, req, reply);
    if (!user) return reply;
    const body = parseBody(meBody, req, reply);
    if (!body) return reply;
    await d.store.users.setLang(user.id, body.lang);
    return reply.code(204).send();
  });
}
