import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import { HTTP_ACTORS, type HttpActor, type World } from './authz-fixtures.ts';

/* Expected statuses of the HTTP matrix, by groups of actors, and the "nothing changed" check. */

/** no account: nobody, or a participant (bearer token) of this or another session */
export const NO_ACCOUNT: HttpActor[] = ['anon', 'participant', 'stranger'];
const SIGNED_IN: HttpActor[] = HTTP_ACTORS.filter((a) => !NO_ACCOUNT.includes(a));
/** who sees the process under test: its facilitator, its commissioner, coordinators and org admins (read-only) */
const READERS: HttpActor[] = ['owner', 'commissioner', 'coordinator', 'orgAdmin'];
/** signed in, but the process is none of theirs: existence must not leak */
export const OUTSIDERS: HttpActor[] = ['admin', 'peer', 'other'];

/** An expectation table: status → actors; every actor must appear exactly once. */
export function t(spec: Record<number, HttpActor[]>): Record<HttpActor, number> {
  const out = {} as Record<HttpActor, number>;
  for (const [status, actors] of Object.entries(spec)) {
    for (const a of actors) {
      if (a in out) throw new Error(`actor ${a} listed twice`);
      out[a] = Number(status);
    }
  }
  const missing = HTTP_ACTORS.filter((a) => !(a in out));
  if (missing.length) throw new Error(`no expectation for ${missing.join(', ')}`);
  return out;
}

/**
 * A route for signed-in staff (everything but the public and own-account routes): a user who has
 * not set up the 2FA their organisation requires is held back there with 403
 * `mfa_setup_required`, whatever their roles. [U6]
 */
export function staff(spec: Record<number, HttpActor[]>): Record<HttpActor, number> {
  return t({ ...spec, 403: [...(spec[403] ?? []), 'mfaPending'] });
}

export const everyone = (status: number) => t({ [status]: [...HTTP_ACTORS] });
/** the user's own account: anyone signed in (also while 2FA setup is pending) */
export const account = (status: number) => t({ [status]: SIGNED_IN, 401: NO_ACCOUNT });
/** any signed-in staff member (each sees their own share) */
export const signedIn = (status: number) => staff({ [status]: SIGNED_IN.filter((a) => a !== 'mfaPending'), 401: NO_ACCOUNT });
/** process readers allowed; the commissioner and facilitator also write */
export const read = (status = 200) => staff({ [status]: READERS, 404: OUTSIDERS, 401: NO_ACCOUNT });
export const write = (status = 200) =>
  staff({ [status]: ['owner', 'commissioner'], 403: ['coordinator', 'orgAdmin'], 404: OUTSIDERS, 401: NO_ACCOUNT });
/** only the facilitator who runs the process */
export const runner = (status = 200) =>
  staff({ [status]: ['owner'], 404: ['admin', 'orgAdmin', 'coordinator', 'peer', 'commissioner', 'other'], 401: NO_ACCOUNT });
/** only an org admin of the organisation */
export const orgAdmin = (status = 200) =>
  staff({ [status]: ['orgAdmin'], 404: ['admin', 'coordinator', 'owner', 'peer', 'commissioner', 'other'], 401: NO_ACCOUNT });

/**
 * A digest of everything the server keeps: every table of the database and the stored image
 * files. A refused request must leave it as it was.
 */
export function fingerprint(w: World): string {
  const db = new Database(joinPath(w.s.dataDir, 'vuoropuhe.db'), { readonly: true, fileMustExist: true });
  try {
    const h = createHash('sha256');
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
    for (const { name } of tables) h.update(name).update(JSON.stringify(db.prepare(`SELECT * FROM "${name}"`).raw().all()));
    h.update(JSON.stringify(listFiles(joinPath(w.s.dataDir, 'blobs'))));
    return h.digest('hex');
  } finally {
    db.close();
  }
}

function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
  } catch {
    return [];
  }
}
