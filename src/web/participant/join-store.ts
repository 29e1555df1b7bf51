import type { JoinResponse } from '../../protocol/http-schema.ts';
import { normalizeJoinCode } from '../shared/p-join-code.ts';

/**
 * The participant's own session token is the only thing we keep in localStorage
 * (besides the language choice); unsent notes live in sessionStorage. [privacy rule 6]
 */
export type StoredJoin = JoinResponse;

const key = (code: string) => `vp.join.${normalizeJoinCode(code)}`;

export function loadJoin(code: string): StoredJoin | null {
  if (!code) return null;
  try {
    const v = JSON.parse(localStorage.getItem(key(code)) ?? 'null') as Partial<StoredJoin> | null;
    return v && typeof v.sessionId === 'string' && typeof v.participantId === 'string' && typeof v.token === 'string'
      ? { sessionId: v.sessionId, participantId: v.participantId, token: v.token }
      : null;
  } catch {
    return null;
  }
}

export function saveJoin(code: string, j: StoredJoin): void {
  try {
    localStorage.setItem(key(code), JSON.stringify({ sessionId: j.sessionId, participantId: j.participantId, token: j.token }));
  } catch {
    // storage disabled: the session works until the page is closed
  }
}

export function clearJoin(code: string): void {
  try {
    localStorage.removeItem(key(code));
  } catch {
    // nothing to clear
  }
}

/** The join code in the URL (/:lang/join/:code), or ''. */
export function codeFromPath(): string {
  const m = /^\/[a-z]{2}\/join\/([^/]+)/.exec(location.pathname);
  return m ? normalizeJoinCode(decodeURIComponent(m[1]!)) : '';
}
