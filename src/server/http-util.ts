import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { isDomainError } from '../domain/errors.ts';
import type { Lang } from '../domain/types.ts';
import { isLang } from '../i18n/langs.ts';
import { langFromHeader, translate, type MessageKey } from '../i18n/messages.ts';
import type { UserRow } from '../store/store.ts';
import type { AuthService } from '../services/auth-service.ts';
import { HTTP_STATUS } from './error-map.ts';
import { COOKIE_NAME, parseCookies } from './http-security.ts';

/** The language for messages: ?lang, x-vp-lang header, else Accept-Language. */
export function requestLang(req: FastifyRequest): Lang {
  const h = req.headers['x-vp-lang'];
  if (isLang(h)) return h;
  return langFromHeader(req.headers['accept-language']);
}

/**
 * The language of an organisation-wide export (statistics, audit log), which has no process
 * language of its own: `?lang=` (the page the link is on adds its own language), else the
 * signed-in user's language. A process's exports are in the process language (routes-exports.ts).
 */
export function exportLang(req: FastifyRequest, user: { lang: Lang }): Lang {
  const q = (req.query as Record<string, unknown> | undefined)?.lang;
  return isLang(q) ? q : user.lang;
}

/** Sends `{error, message, field?}` with a translated message. */
export function sendError(req: FastifyRequest, reply: FastifyReply, status: number, code: string, field?: string): FastifyReply {
  const key = `error.${code}` as MessageKey;
  const lang = requestLang(req);
  const message = field ? translate(lang, 'error.validation', { field }) : translate(lang, key);
  return reply.code(status).send(field ? { error: code, message, field } : { error: code, message });
}

/** Validates a body with a Zod schema; on failure answers 400 naming the first bad field. */
export function parseBody<S extends z.ZodType>(schema: S, req: FastifyRequest, reply: FastifyReply): z.infer<S> | null {
  const r = schema.safeParse(req.body ?? null);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  sendError(req, reply, 400, 'validation', issue?.path.join('.') || 'body');
  return null;
}

export function cookieToken(req: FastifyRequest): string | undefined {
  return parseCookies(req.headers.cookie)[COOKIE_NAME];
}

/** The signed-in user, or a 401 answer sent (returns null). Only for the account routes; everything else uses auth-guard's requireUser. */
export async function requireSignedIn(auth: AuthService, req: FastifyRequest, reply: FastifyReply): Promise<UserRow | null> {
  const user = await auth.userForToken(cookieToken(req));
  if (!user) sendError(req, reply, 401, 'unauthenticated');
  return user;
}

/** Runs a service call; a DomainError becomes its translated HTTP answer, anything else propagates (500). */
export async function orDomainError<T>(req: FastifyRequest, reply: FastifyReply, fn: () => Promise<T>): Promise<T | FastifyReply> {
  try {
    return await fn();
  } catch (e) {
    if (isDomainError(e)) return sendError(req, reply, HTTP_STATUS[e.code], e.code);
    // a unique index refused the write (e.g. an organisation renamed to another one's name, or two
    // creations racing past the service's own check): a conflict the client can fix, not a 500
    if (isUniqueViolation(e)) return sendError(req, reply, 409, 'already_exists');
    throw e;
  }
}

/** SQLite's and PostgreSQL's "duplicate key" errors. */
export function isUniqueViolation(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
}
