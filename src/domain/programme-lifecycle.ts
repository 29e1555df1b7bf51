/**
 * The life cycle of a dialogue in an organisation's programme: draft → agreed → session 1 →
 * session 2 → follow-up → closed, one step at a time and only forward. Pure rules; the service
 * records who moved it and when. [SPEC PR2, PR3]
 */
export const PROGRAMME_STATES = ['draft', 'agreed', 'session1', 'session2', 'followup', 'closed'] as const;
export type ProgrammeState = (typeof PROGRAMME_STATES)[number];

/** The readiness check of the commission: "is the community able to do this now?" (null = not answered). */
export type Readiness = 'yes' | 'no' | null;

/** Why a transition is refused; each is a domain error code with an `error.<code>` message. */
export type TransitionRefusal = 'illegal_transition' | 'readiness_missing' | 'readiness_override' | 'agreement_missing';

export interface TransitionContext {
  readiness: Readiness;
  /** the reason given for going ahead although the readiness answer is "no" ('' = none) */
  override: string;
  /** who among the participants' representatives agreed ('' = nobody recorded yet) */
  agreedWith: string;
}

/** The one state after `s`, or null at the end. */
export function nextState(s: ProgrammeState): ProgrammeState | null {
  const i = PROGRAMME_STATES.indexOf(s);
  return PROGRAMME_STATES[i + 1] ?? null;
}

/**
 * Null when `from → to` is allowed, else the refusal. Only the next state is allowed [PR2].
 * Leaving the draft needs a readiness answer; "no" needs an explicit override reason, and the
 * agreement with the participants' representatives must be recorded [PR3].
 */
export function checkTransition(from: ProgrammeState, to: ProgrammeState, c: TransitionContext): TransitionRefusal | null {
  if (nextState(from) !== to) return 'illegal_transition';
  if (to !== 'agreed') return null;
  if (c.readiness === null) return 'readiness_missing';
  if (c.readiness === 'no' && c.override.trim() === '') return 'readiness_override';
  if (c.agreedWith.trim() === '') return 'agreement_missing';
  return null;
}

/** Whether the dialogue has been held (session 1 or later): only these count in statistics [PR6]. */
export function isHeld(s: ProgrammeState): boolean {
  return PROGRAMME_STATES.indexOf(s) >= PROGRAMME_STATES.indexOf('session1');
}
