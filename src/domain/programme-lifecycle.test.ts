import { describe, expect, it } from 'vitest';
import {
  checkTransition,
  isHeld,
  nextState,
  PROGRAMME_STATES,
  type ProgrammeState,
  type TransitionContext,
} from './programme-lifecycle.ts';

const READY: TransitionContext = { readiness: 'yes', override: '', agreedWith: 'Luottamusmies ja esihenkilö' };

describe('[PR2] the life cycle goes forward one step at a time', () => {
  it.each<[ProgrammeState, ProgrammeState | null]>([
    ['draft', 'agreed'],
    ['agreed', 'session1'],
    ['session1', 'session2'],
    ['session2', 'followup'],
    ['followup', 'closed'],
    ['closed', null],
  ])('after %s comes %s', (from, to) => {
    expect(nextState(from)).toBe(to);
    if (to) expect(checkTransition(from, to, READY)).toBeNull();
  });

  it.each<[ProgrammeState, ProgrammeState]>([
    ['draft', 'draft'],
    ['draft', 'session1'],
    ['draft', 'closed'],
    ['agreed', 'draft'],
    ['session1', 'agreed'],
    ['session1', 'followup'],
    ['session2', 'closed'],
    ['followup', 'session2'],
    ['closed', 'draft'],
    ['closed', 'closed'],
  ])('%s → %s is refused with illegal_transition', (from, to) => {
    expect(checkTransition(from, to, READY)).toBe('illegal_transition');
  });

  it('every state but closed has exactly one allowed successor', () => {
    for (const from of PROGRAMME_STATES) {
      const allowed = PROGRAMME_STATES.filter((to) => checkTransition(from, to, READY) === null);
      expect(allowed, from).toEqual(from === 'closed' ? [] : [nextState(from)]);
    }
  });
});

describe('[PR3] leaving the draft needs readiness (or an override) and the agreement', () => {
  it.each<{ label: string; c: TransitionContext; want: string | null }>([
    { label: 'ready and agreed', c: READY, want: null },
    { label: 'readiness not answered', c: { ...READY, readiness: null }, want: 'readiness_missing' },
    { label: 'readiness no, no override', c: { ...READY, readiness: 'no' }, want: 'readiness_override' },
    { label: 'readiness no, blank override', c: { ...READY, readiness: 'no', override: '  \n' }, want: 'readiness_override' },
    {
      label: 'readiness no, override given',
      c: { ...READY, readiness: 'no', override: 'Kriisi ohi, sovittu työsuojelun kanssa' },
      want: null,
    },
    { label: 'nobody recorded as agreeing', c: { ...READY, agreedWith: ' ' }, want: 'agreement_missing' },
    { label: 'readiness checked before agreement', c: { readiness: null, override: '', agreedWith: '' }, want: 'readiness_missing' },
  ])('$label → $want', ({ c, want }) => {
    expect(checkTransition('draft', 'agreed', c)).toBe(want);
  });

  it('later steps do not ask readiness again', () => {
    expect(checkTransition('agreed', 'session1', { readiness: 'no', override: '', agreedWith: '' })).toBeNull();
  });
});

describe('[PR6] a dialogue counts as held from session 1 on', () => {
  it.each<[ProgrammeState, boolean]>([
    ['draft', false],
    ['agreed', false],
    ['session1', true],
    ['session2', true],
    ['followup', true],
    ['closed', true],
  ])('%s → %s', (s, held) => expect(isHeld(s)).toBe(held));
});
