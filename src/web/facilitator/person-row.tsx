import { useEffect, useRef } from 'preact/hooks';
import type { Participant } from '../../domain/types.ts';
import { CommitSelect } from './commit-select.tsx';
import { t } from './t.ts';
import type { Run } from './use-commands.ts';

/**
 * The person whose move was just chosen by keyboard: their row is re-created in the other group's
 * list, and focus must follow them there instead of falling to <body>.
 */
let focusAfterMove: string | null = null;

/** One person in a group: name, "new" mark, and a select to move them (drag-and-drop too). */
export function PersonRow(props: {
  p: Participant;
  label: string;
  groupCount: number;
  isNew: boolean;
  online: boolean;
  run: Run;
  disabled: boolean;
}) {
  const { p, label, groupCount, isNew, online, run, disabled } = props;
  const groups = Array.from({ length: groupCount }, (_, g) => g);
  const row = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (focusAfterMove !== p.id) return;
    focusAfterMove = null;
    row.current?.querySelector('select')?.focus();
  }, [p.group, p.id]);
  return (
    <li
      ref={row}
      class={isNew ? 'f-person f-person-new' : 'f-person'}
      draggable={!disabled}
      onDragStart={(e) => {
        e.dataTransfer?.setData('text/plain', p.id);
        if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
      }}
    >
      <span class="f-person-name">
        {label}
        {isNew && <span class="f-badge">{t('f.people.new')}</span>}
        {!online && <span class="f-offline"> {t('f.people.offline')}</span>}
      </span>
      <CommitSelect
        class="f-move"
        aria-label={t('f.people.moveLabel', { name: label })}
        value={p.group === null ? '' : String(p.group)}
        disabled={disabled}
        onCommit={(v) => {
          const group = Number(v);
          if (row.current?.contains(document.activeElement)) focusAfterMove = p.id;
          run({ type: 'participant.move', participantId: p.id, group }, t('f.ok.moved', { name: label, n: group + 1 }));
        }}
      >
        {p.group === null && (
          <option value="" disabled>
            {t('f.people.moveTo')}
          </option>
        )}
        {groups.map((g) => (
          <option key={g} value={String(g)}>
            {t('f.group.n', { n: g + 1 })}
          </option>
        ))}
      </CommitSelect>
    </li>
  );
}
