import type { EventEnvelope } from './events.ts';
import type { SessionState } from './types.ts';

/**
 * Two audiences get each event: 'staff' (facilitator) sees everything; 'public'
 * (participants' phones and the projector) never sees display names. [SPEC V1]
 * Every event goes to both audiences (redacted, never dropped), so seq stays gap-free for all.
 */
export type Audience = 'staff' | 'public';

export function redactEvent(e: EventEnvelope, audience: Audience): EventEnvelope {
  if (audience === 'staff') return e;
  if (e.type === 'participant.joined' && e.name !== null) return { ...e, name: null };
  return e;
}

export function redactState(s: SessionState, audience: Audience): SessionState {
  if (audience === 'staff') return s;
  return { ...s, participants: s.participants.map((p) => (p.name === null ? p : { ...p, name: null })) };
}
