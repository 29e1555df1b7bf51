import type { FastifyReply, FastifyRequest } from 'fastify';
import { translate, type MessageKey } from '../i18n/messages.ts';
import { isAuthError, type AuthErrorCode } from '../services/auth-errors.ts';
import type { AuthService } from '../services/auth-service.ts';
import type { UserRow } from '../store/store.ts';
import { cookieToken, requestLang, sendError } from './http-util.ts';

/**
 * The signed-in user for every API route except the account routes themselves: like
 * http-util's requireUser, and also refuses (403 `mfa_setup_required`) a user whom an
 * organisation requires to use two-factor sign-in but who has not set it up yet. Such a user
 * can still reach /api/me, /api/me/2fa/*, password change and sign-out to fix it. [U6]
 */
export async function requireUser(auth: AuthService, req: FastifyRequest, reply: FastifyReply): Promise<UserRow | null> {
  const user = await auth.userForToken(cookieToken(req));
  if (!user) {
    sendError(req, reply, 401, 'unauthenticated');
    return null;
  }
  if (await auth.mfaSetupRequired(user.id)) {
    sendError(req, reply, 403, 'mfa_setup_required');
    return null;
  }
  return user;
}

const STATUS: Record<AuthErrorCode, number> = {
  login_failed: 401,
  rate_limited: 429,
  mfa_code: 400,
  mfa_ticket: 401,
  mfa_not_enabled: 409,
  mfa_already_enabled: 409,
  mfa_not_pending: 409,
  password_wrong: 400,
  reset_token: 400,
};

/**
 * Runs an account call; an AuthError becomes `{error, message, retryAfter?, ticket?}` with its
 * status (and Retry-After when locked); anything else propagates (500).
 */
export async function orAuthError<T>(
  req: FastifyRequest,
  reply: FastifyReply,
  fn: () => Promise<T>,
  status: Partial<Record<AuthErrorCode, number>> = {},
): Promise<T | FastifyReply> {
  try {
    return await fn();
  } catch (e) {
    if (!isAuthError(e)) throw e;
    const { retryAfter, ticket } = e.extra;
    if (retryAfter !== undefined) reply.header('retry-after', String(retryAfter));
    const message = translate(requestLang(req), `error.${e.code}` as MessageKey);
    return reply.code(status[e.code] ?? STATUS[e.code]).send({
      error: e.code,
      message,
      ...(retryAfter !== undefined ? { retryAfter } : {}),
      ...(ticket !== undefined ? { ticket } : {}),
    });
  }
}
