import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from './config.ts';

export const COOKIE_NAME = 'vp_session';

/** Security headers on every response. [SPEC H1] */
export function securityHeaders(reply: FastifyReply, config: Config): void {
  reply.header(
    'content-security-policy',
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
  );
  reply.header('x-content-type-options', 'nosniff');
  reply.header('referrer-policy', 'no-referrer');
  reply.header('cross-origin-opener-policy', 'same-origin');
  reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=()');
  if (config.cookieSecure) reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
}

export function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!header) return out;
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i < 0) continue;
    const k = part.slice(0, i).trim();
    const v = part.slice(i + 1).trim();
    if (k && !(k in out)) {
      try {
        out[k] = decodeURIComponent(v);
      } catch {
        out[k] = v;
      }
    }
  }
  return out;
}

export function sessionCookie(token: string, maxAgeSec: number, secure: boolean): string {
  return `${COOKIE_NAME}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSec}${secure ? '; Secure' : ''}`;
}

export function clearCookie(secure: boolean): string {
  return `${COOKIE_NAME}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${secure ? '; Secure' : ''}`;
}

/** Origins we accept for cookie-authenticated writes and WebSockets: our own host, PUBLIC_URL, ALLOWED_ORIGINS. */
export function originAllowed(origin: string | undefined, host: string | undefined, config: Config): boolean {
  if (!origin) return false;
  const o = origin.replace(/\/+$/, '');
  if (config.publicUrl && o === config.publicUrl) return true;
  if (config.allowedOrigins.includes(o)) return true;
  if (!host) return false;
  return o === `http://${host}` || o === `https://${host}`;
}

/** CSRF guard: a state-changing request carrying our cookie must come from an allowed origin. [SPEC H2] */
export function checkOrigin(req: FastifyRequest, config: Config): boolean {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return true;
  return originAllowed(req.headers.origin, req.headers.host, config);
}
