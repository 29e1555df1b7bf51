import type { EventEnvelope } from './events.ts';
import type { FeedbackAnswer, SessionState } from './types.ts';

/**
 * Two audiences get each event: 'staff' (facilitator) sees everything; 'public'
 * (participants' phones and the projector) never sees display names nor feedback answers. [SPEC V1]
 * Every event goes to both audiences (redacted, never dropped), so seq stays gap-free for all.
 */
export type Audience = 'staff' | 'public';

/** What others see of a feedback answer: only that this person has answered. [SPEC F2] */
function hiddenAnswer(a: FeedbackAnswer): FeedbackAnswer {
  return { participantId: a.participantId, scores: [], open: '', flags: [], createdAt: a.createdAt };
}

export function redactEvent(e: EventEnvelope, audience: Audience): EventEnvelope {
  if (audience === 'staff') return e;
  if (e.type === 'participant.joined' && e.name !== null) return { ...e, name: null };
  if (e.type === 'feedback.given') return { ...e, answer: hiddenAnswer(e.answer) };
  return e;
}

export function redactState(s: SessionState, audience: Audience): SessionState {
  if (audience === 'staff') return s;
  return {
    ...s,
    participants: s.participants.map((p) => (p.name === null ? p : { ...p, name: null })),
    feedback: s.feedback.map(hiddenAnswer),
  };
}
