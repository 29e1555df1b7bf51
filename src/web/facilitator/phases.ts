import type { Phase, SessionState } from '../../domain/types.ts';
import { groupLabel } from './os-names.ts';
import { t, type Key } from './t.ts';

export interface Step {
  key: string;
  label: string;
}

/** The phases of an Open Space (session 2) in order. */
const OS_PHASES = ['lobby', 'opening', 'marketplace', 'groups', 'pearls', 'followup', 'feedback', 'closed'] as const;

const PHASE_KEY: Record<Phase, Key> = {
  lobby: 'f.phase.lobby',
  opening: 'f.phase.opening',
  round: 'f.phase.round',
  theming: 'f.phase.theming',
  debrief: 'f.phase.debrief',
  marketplace: 'f.phase.marketplace',
  groups: 'f.phase.groups',
  pearls: 'f.phase.pearls',
  followup: 'f.phase.followup',
  feedback: 'f.phase.feedback',
  closed: 'f.phase.closed',
};

/**
 * Every step of the session in order. Learning Café: lobby, opening, round 1…T, theming,
 * debrief, feedback, closed. Open Space: lobby, opening, marketplace, groups, pearls,
 * follow-up, feedback, closed.
 */
export function steps(state: SessionState): Step[] {
  if (state.kind === 'open_space') return OS_PHASES.map((p) => ({ key: p, label: t(PHASE_KEY[p]) }));
  const rounds = state.tables.map((_, i) => ({ key: `round-${i}`, label: t('f.phase.round', { n: i + 1 }) }));
  return [
    { key: 'lobby', label: t('f.phase.lobby') },
    { key: 'opening', label: t('f.phase.opening') },
    ...rounds,
    { key: 'theming', label: t('f.phase.theming') },
    { key: 'debrief', label: t('f.phase.debrief') },
    { key: 'feedback', label: t('f.phase.feedback') },
    { key: 'closed', label: t('f.phase.closed') },
  ];
}

export function currentStep(state: SessionState): number {
  const key = state.phase === 'round' ? `round-${state.round}` : state.phase;
  return Math.max(
    0,
    steps(state).findIndex((s) => s.key === key),
  );
}

/** The heading of the centre column: "Round 2 of 4", "Theming", "Marketplace"… */
export function phaseTitle(state: SessionState): string {
  if (state.phase === 'round') return t('f.phase.roundOf', { n: state.round + 1, total: state.tables.length });
  return t(PHASE_KEY[state.phase]);
}

/** What the console tells the facilitator to do now (under the phase heading). */
export function phaseGuide(state: SessionState): string {
  if (state.kind === 'open_space') {
    if (state.phase === 'lobby') return t('f.os.guide.lobby');
    if (state.phase === 'opening') return t('f.os.guide.opening');
  }
  const keys: Record<Phase, Key> = {
    lobby: 'f.guide.lobby',
    opening: 'f.guide.opening',
    round: 'f.guide.round',
    theming: 'f.guide.theming',
    debrief: 'f.guide.debrief',
    marketplace: 'f.guide.marketplace',
    groups: 'f.guide.groups',
    pearls: 'f.guide.pearls',
    followup: 'f.guide.followup',
    feedback: 'f.guide.feedback',
    closed: 'f.guide.closed',
  };
  return t(keys[state.phase]);
}

/** What the projector shows now, in words, for the preview on the console. */
export function projectorPreview(state: SessionState): string {
  switch (state.phase) {
    case 'round':
      return t(state.settings.showNotesOnScreen ? 'f.preview.roundNotes' : 'f.preview.round', { n: state.round + 1 });
    case 'opening':
      return state.kind === 'open_space' ? t('f.os.preview.opening') : t('f.preview.opening');
    case 'pearls': {
      const spot = state.os?.spotlight;
      return spot && state.os ? t('f.os.preview.pearlsOne', { group: groupLabel(state.os, spot) }) : t('f.preview.pearls');
    }
    default:
      return t(
        (
          {
            lobby: 'f.preview.lobby',
            theming: 'f.preview.theming',
            debrief: 'f.preview.debrief',
            marketplace: 'f.preview.marketplace',
            groups: 'f.preview.groups',
            followup: 'f.preview.followup',
            feedback: 'f.preview.feedback',
            closed: 'f.preview.closed',
          } as const
        )[state.phase],
      );
  }
}

export type NextAction = { kind: 'next' | 'close' | 'none'; label: string };

/** Open Space: what the big button starts from each phase. */
const OS_NEXT: Partial<Record<Phase, Key>> = {
  lobby: 'f.next.opening',
  opening: 'f.os.next.marketplace',
  marketplace: 'f.os.next.groups',
  groups: 'f.os.next.pearls',
  pearls: 'f.os.next.followup',
  followup: 'f.next.feedback',
};

/** What the one big button does now, in words ("Start round 2: groups move"). */
export function nextAction(state: SessionState): NextAction {
  if (state.phase === 'closed') return { kind: 'none', label: t('f.next.closed') };
  if (state.phase === 'feedback') return { kind: 'close', label: t('f.next.close') };
  if (state.kind === 'open_space') {
    const key = OS_NEXT[state.phase];
    return key ? { kind: 'next', label: t(key) } : { kind: 'close', label: t('f.next.close') };
  }
  const T = state.tables.length;
  switch (state.phase) {
    case 'lobby':
      return { kind: 'next', label: t('f.next.opening') };
    case 'opening':
      return { kind: 'next', label: state.grouped ? t('f.next.firstRound') : t('f.next.splitAndFirstRound') };
    case 'round':
      return state.round + 1 < T
        ? { kind: 'next', label: t('f.next.round', { n: state.round + 2 }) }
        : { kind: 'next', label: t('f.next.theming') };
    case 'theming':
      return { kind: 'next', label: t('f.next.debrief') };
    case 'debrief':
      return { kind: 'next', label: t('f.next.feedback') };
    default:
      return { kind: 'close', label: t('f.next.close') };
  }
}

/**
 * The session may also be closed straight from the phase before feedback (skipping the
 * feedback form), with a second, smaller button.
 */
export function canCloseEarly(state: SessionState): boolean {
  return state.phase === (state.kind === 'open_space' ? 'followup' : 'debrief');
}
