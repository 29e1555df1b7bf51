import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import {
  login2faBody,
  mfaCodeBody,
  mfaDisableBody,
  passwordChangeBody,
  resetConfirmBody,
  resetRequestBody,
  type MfaRequiredResponse,
} from '../protocol/http-auth-schema.ts';
import { loginBody, meBody, setupBody, type MeResponse } from '../protocol/http-schema.ts';
import { AUTH_SESSION_MS } from '../services/auth-service.ts';
import { OrgService } from '../services/org-service.ts';
import type { UserRow } from '../store/store.ts';
import { orAuthError } from './auth-guard.ts';
import type { Deps } from './deps.ts';
import { clearCookie, sessionCookie } from './http-security.ts';
import { cookieToken, parseBody, requestLang, requireSignedIn, sendError } from './http-util.ts';
import { RateLimiter } from './rate-limit.ts';

/**
 * Setup (one-time link), two-step sign in, sign out (here or everywhere), me, password change
 * and reset, two-factor management. These routes use http-util's requireSignedIn on purpose: a user
 * who must still set up 2FA reaches them. [SPEC U1–U4; U5–U9 in docs/AUTH.md]
 */
export function registerAuthRoutes(app: FastifyInstance, d: Deps): void {
  const orgs = new OrgService(d.store, d.now);
  const setCookie = (reply: FastifyReply, token: string) =>
    reply.header('set-cookie', sessionCookie(token, AUTH_SESSION_MS / 1000, d.config.cookieSecure));
  // reset links never come from request headers (Host can be forged: "reset poisoning")
  const base = d.config.publicUrl ?? `http://localhost:${d.config.port}`;
  const resetLink = (token: string, lang: string) => `${base}/${lang}/reset-password#${token}`;
  // mail bombing: reset requests per address, on top of the per-account limit in the service
  const resetLimiter = new RateLimiter(10, 10 / 3600, d.now);

  const me = async (u: UserRow): Promise<MeResponse & { mfaSetupRequired: boolean }> => ({
    id: u.id,
    email: u.email,
    name: u.name,
    lang: u.lang,
    isAdmin: u.isAdmin,
    orgs: await orgs.memberships(u.id),
    mfaSetupRequired: await d.auth.mfaSetupRequired(u.id),
  });
  /** a new session for a completed sign-in: the old cookie's session ends (rotation) */
  const signIn = async (req: FastifyRequest, reply: FastifyReply, user: UserRow) => {
    await d.auth.endSession(cookieToken(req));
    setCookie(reply, await d.auth.startSession(user.id));
    return me(user);
  };
  const noStore = (reply: FastifyReply) => reply.header('cache-control', 'no-store');

  app.get('/api/setup-status', async () => ({ needsSetup: await d.auth.needsSetup() }));

  app.post('/api/setup', async (req, reply) => {
    const body = parseBody(setupBody, req, reply);
    if (!body) return reply;
    const r = await d.auth.setup(body.token, body.email, body.password, body.name, requestLang(req));
    if (r === 'token') return sendError(req, reply, 400, 'setup_token');
    if (r === 'email_taken') return sendError(req, reply, 400, 'email_taken');
    await orgs.onAccountCreated(r.user, r.invite, body.organisation);
    const user = (await d.store.users.byId(r.user.id)) ?? r.user;
    setCookie(reply, await d.auth.startSession(user.id));
    return reply.code(201).send(await me(user));
  });

  app.post('/api/login', async (req, reply) => {
    const body = parseBody(loginBody, req, reply);
    if (!body) return reply;
    return orAuthError(req, reply, async () => {
      const r = await d.auth.login(body.email, body.password, req.ip);
      if (r.ticket !== undefined) return { mfaRequired: true, ticket: r.ticket } satisfies MfaRequiredResponse;
      return signIn(req, reply, r.user);
    });
  });

  app.post('/api/login/2fa', async (req, reply) => {
    const body = parseBody(login2faBody, req, reply);
    if (!body) return reply;
    return orAuthError(req, reply, async () => signIn(req, reply, await d.auth.completeLogin(body.ticket, body.code, req.ip)), {
      mfa_code: 401,
    });
  });

  app.post('/api/logout', async (req, reply) => {
    await d.auth.endSession(cookieToken(req));
    reply.header('set-cookie', clearCookie(d.config.cookieSecure));
    return reply.code(204).send();
  });

  app.post('/api/logout-everywhere', async (req, reply) => {
    const user = await requireSignedIn(d.auth, req, reply);
    if (!user) return reply;
    await d.auth.logoutEverywhere(user.id);
    await d.auth.audit(user.id, 'signout.everywhere', req.ip);
    reply.header('set-cookie', clearCookie(d.config.cookieSecure));
    return reply.code(204).send();
  });

  app.get('/api/me', async (req, reply) => {
    const user = await requireSignedIn(d.auth, req, reply);
    return user ? me(user) : reply;
  });

  app.patch('/api/me', async (req, reply) => {
    const user = await requireSignedIn(d.auth, req, reply);
    if (!user) return reply;
    const body = parseBody(meBody, req, reply);
    if (!body) return reply;
    await d.store.users.setLang(user.id, body.lang);
    return reply.code(204).send();
  });

  app.post('/api/me/password', async (req, reply) => {
    const user = await requireSignedIn(d.auth, req, reply);
    if (!user) return reply;
    const body = parseBody(passwordChangeBody, req, reply);
    if (!body) return reply;
    return orAuthError(req, reply, async () => {
      setCookie(reply, await d.auth.changePassword(user, body.current, body.next));
      await d.auth.audit(user.id, 'password.change', req.ip);
      return reply.code(204).send();
    });
  });

  app.post('/api/password-reset', async (req, reply) => {
    const body = parseBody(resetRequestBody, req, reply);
    if (!body) return reply;
    const wait = resetLimiter.check(req.ip);
    if (wait > 0) {
      reply.header('retry-after', String(wait));
      return sendError(req, reply, 429, 'rate_limited');
    }
    // not awaited: the answer and its timing are the same whether or not the account exists
    d.auth.requestReset(body.email, resetLink).catch((err: unknown) => d.log.error({ err }, 'password reset mail failed'));
    return reply.code(202).send();
  });

  app.post('/api/password-reset/confirm', async (req, reply) => {
    const body = parseBody(resetConfirmBody, req, reply);
    if (!body) return reply;
    return orAuthError(req, reply, async () => {
      await d.auth.confirmReset(body.token, body.password, req.ip);
      reply.header('set-cookie', clearCookie(d.config.cookieSecure));
      return reply.code(204).send();
    });
  });

  registerTwoFactorRoutes(app, d, noStore);
}

/** Two-factor status, setup, enabling, disabling and new recovery codes for the signed-in user. [U5] */
function registerTwoFactorRoutes(app: FastifyInstance, d: Deps, noStore: (r: FastifyReply) => FastifyReply): void {
  app.get('/api/me/2fa', async (req, reply) => {
    const user = await requireSignedIn(d.auth, req, reply);
    return user ? d.auth.twoFactor(user.id) : reply;
  });

  app.post('/api/me/2fa/setup', async (req, reply) => {
    const user = await requireSignedIn(d.auth, req, reply);
    if (!user) return reply;
    return orAuthError(req, reply, async () => {
      const s = await d.auth.mfa.begin(user);
      const qrSvg = await QRCode.toString(s.otpauthUri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
      return noStore(reply).send({ ...s, qrSvg });
    });
  });

  app.post('/api/me/2fa/enable', async (req, reply) => {
    const user = await requireSignedIn(d.auth, req, reply);
    if (!user) return reply;
    const body = parseBody(mfaCodeBody, req, reply);
    if (!body) return reply;
    return orAuthError(req, reply, async () => {
      const recoveryCodes = await d.auth.mfa.enable(user.id, body.code);
      await d.auth.audit(user.id, '2fa.enable', req.ip);
      return noStore(reply).send({ recoveryCodes });
    });
  });

  app.post('/api/me/2fa/disable', async (req, reply) => {
    const user = await requireSignedIn(d.auth, req, reply);
    if (!user) return reply;
    const body = parseBody(mfaDisableBody, req, reply);
    if (!body) return reply;
    return orAuthError(req, reply, async () => {
      await d.auth.requirePassword(user, body.password);
      await d.auth.mfa.disable(user.id, body.code);
      await d.auth.audit(user.id, '2fa.disable', req.ip);
      return reply.code(204).send();
    });
  });

  app.post('/api/me/2fa/recovery-codes', async (req, reply) => {
    const user = await requireSignedIn(d.auth, req, reply);
    if (!user) return reply;
    const body = parseBody(mfaCodeBody, req, reply);
    if (!body) return reply;
    return orAuthError(req, reply, async () => {
      const recoveryCodes = await d.auth.mfa.regenerate(user.id, body.code);
      await d.auth.audit(user.id, '2fa.recovery_codes', req.ip);
      return noStore(reply).send({ recoveryCodes });
    });
  });
}
