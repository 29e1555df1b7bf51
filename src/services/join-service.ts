import type { Lang } from '../domain/types.ts';
import { DomainError } from '../domain/errors.ts';
import type { JoinResponse } from '../protocol/http-schema.ts';
import type { Store } from '../store/store.ts';
import { hashToken, newId, newToken, normalizeJoinCode } from './crypto-util.ts';
import type { SessionEngine } from './session-engine.ts';

/**
 * Joining with a code: no account, no e-mail. A wrong code and the code of a closed session
 * give the same answer ('join_failed'). [SPEC J2]
 */
export class JoinService {
  constructor(
    private readonly store: Store,
    private readonly engine: SessionEngine,
    private readonly now: () => number,
  ) {}

  async join(code: string, name: string | undefined, lang: Lang): Promise<JoinResponse | 'join_failed'> {
    const session = await this.store.sessions.byOpenCode(normalizeJoinCode(code));
    if (!session) return 'join_failed';
    const participantId = newId();
    const token = newToken();
    // the token row first, so a participant in the log always has a token; a refused join takes it back
    const tokenHash = hashToken(token);
    await this.store.participants.add(tokenHash, session.id, participantId, this.now());
    try {
      await this.engine.join(session.id, { type: 'participant.join', participantId, name: name ?? null, lang });
    } catch (e) {
      await this.store.participants.remove(tokenHash);
      if (e instanceof DomainError && e.code === 'session_closed') return 'join_failed';
      throw e;
    }
    return { sessionId: session.id, participantId, token };
  }

  /** The participant a token belongs to, or null. */
  async participantFor(token: string): Promise<{ sessionId: string; participantId: string } | null> {
    return this.store.participants.byToken(hashToken(token));
  }
}
