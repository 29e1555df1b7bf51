import type { SessionState } from '../../domain/types.ts';
import { t } from './t.ts';

/** Display label per participant: the name they gave, or "Participant 3" by join order. */
export function peopleLabels(state: SessionState): Map<string, string> {
  return new Map(state.participants.map((p, i) => [p.id, p.name ?? t('f.people.anon', { n: i + 1 })]));
}
