import { jsonCall } from './process-api.ts';

/** A JSON answer; a refusal keeps the whole error body (a wrong 2FA code brings a fresh ticket). */
export type AuthResult<T> =
  { ok: true; status: number; data: T } | { ok: false; status: number; code: string; message: string; field?: string; ticket?: string };

/**
 * JSON calls of the account and organisation pages: same-origin cookie and `x-vp-lang`, like
 * process-api.ts, but an error keeps `ticket` (POST /api/login/2fa answers `mfa_code` with one).
 */
export async function authApi<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, body?: unknown): Promise<AuthResult<T>> {
  const { status, ok, json } = await jsonCall(method, url, body);
  if (status === 0) return { ok: false, status: 0, code: 'offline', message: '' };
  if (ok) return { ok: true, status, data: json as T };
  const e = (json ?? {}) as { error?: string; message?: string; field?: string; ticket?: string };
  return {
    ok: false,
    status,
    code: e.error ?? 'internal',
    message: e.message ?? '',
    ...(e.field ? { field: e.field } : {}),
    ...(e.ticket ? { ticket: e.ticket } : {}),
  };
}

/** A one-time message for the next page (e.g. "password changed" on the sign-in page). */
let flash: string | null = null;

export function setFlash(text: string): void {
  flash = text;
}

export function takeFlash(): string | null {
  const f = flash;
  flash = null;
  return f;
}

/** The rough shape of an e-mail address (the server checks it properly). */
export function looksLikeEmail(s: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s.trim());
}

/** A new password must have 12–200 characters (docs/AUTH.md). */
export const MIN_PASSWORD = 12;
