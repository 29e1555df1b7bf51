import { useEffect, useRef, useState } from 'preact/hooks';
import type { SessionState } from '../../domain/types.ts';
import { announceBurst } from './announce.ts';
import { peopleLabels } from './people.ts';
import { t } from './t.ts';

/**
 * People who joined after the groups were split (the server placed them in the smallest
 * group). They stay highlighted until the facilitator says "noted". Kept in memory only:
 * whoever was already there when the console opened counts as seen.
 */
export function useLateJoiners(state: SessionState | null): [string[], () => void] {
  const known = useRef<Set<string> | null>(null);
  const [fresh, setFresh] = useState<string[]>([]);
  useEffect(() => {
    if (!state) return;
    if (known.current === null) {
      known.current = new Set(state.participants.map((p) => p.id));
      return;
    }
    const added = state.participants.filter((p) => !known.current!.has(p.id));
    if (added.length === 0) return;
    for (const p of added) known.current.add(p.id);
    const late = state.grouped ? added.filter((p) => p.group !== null) : [];
    if (late.length === 0) return;
    setFresh((f) => [...f, ...late.map((p) => p.id)]);
    const labels = peopleLabels(state);
    const first = late[0]!;
    // joiners often come in a rush: counted and said at most once every few seconds
    announceBurst('late', late.length, t('f.late', { n: 1, name: labels.get(first.id) ?? '', group: (first.group ?? 0) + 1 }));
  }, [state?.participants]);
  return [fresh, () => setFresh([])];
}
