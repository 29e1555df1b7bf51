import type { SessionState } from '../../domain/types.ts';
import { t } from './t.ts';

export interface Step {
  key: string;
  label: string;
}

/** Every step of session 1 in order: lobby, opening, round 1…T, theming, debrief, closed. */
export function steps(state: SessionState): Step[] {
  const rounds = state.tables.map((_, i) => ({ key: `round-${i}`, label: t('f.phase.round', { n: i + 1 }) }));
  return [
    { key: 'lobby', label: t('f.phase.lobby') },
    { key: 'opening', label: t('f.phase.opening') },
    ...rounds,
    { key: 'theming', label: t('f.phase.theming') },
    { key: 'debrief', label: t('f.phase.debrief') },
    { key: 'closed', label: t('f.phase.closed') },
  ];
}

export function currentStep(state: SessionState): number {
  const T = state.tables.length;
  switch (state.phase) {
    case 'lobby':
      return 0;
    case 'opening':
      return 1;
    case 'round':
      return 2 + state.round;
    case 'theming':
      return 2 + T;
    case 'debrief':
      return 3 + T;
    case 'closed':
      return 4 + T;
  }
}

/** The heading of the centre column: "Round 2 of 4", "Theming"… */
export function phaseTitle(state: SessionState): string {
  if (state.phase === 'round') return t('f.phase.roundOf', { n: state.round + 1, total: state.tables.length });
  return t(`f.phase.${state.phase}`);
}

export type NextAction = { kind: 'next' | 'close' | 'none'; label: string };

/** What the one big button does now, in words ("Start round 2: groups move"). */
export function nextAction(state: SessionState): NextAction {
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
      return { kind: 'close', label: t('f.next.close') };
    case 'closed':
      return { kind: 'none', label: t('f.next.closed') };
  }
}
