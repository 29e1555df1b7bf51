import { newClientId } from '../shared/connection.ts';
import { LIMITS, type FlipItem, type FlipItemKind, type SessionState } from '../../domain/types.ts';
import type { LiveSession } from '../shared/use-session.ts';
import { kt, useKids } from './kids.ts';
import { FlipItemRow } from './os-flip-item.tsx';
import { myItemIds } from './os-model.ts';
import { TextAddForm } from './os-text-add.tsx';
import { t, type PKey } from './texts.ts';
import type { Announce } from './use-announcer.tsx';
import { useActionFeedback } from './use-action-feedback.ts';

interface Props {
  state: SessionState;
  groupId: string;
  live: LiveSession;
  announce: Announce;
}

const SECTIONS: { kind: FlipItemKind; title: PKey; add: PKey; kidsTitle: PKey; kidsAdd: PKey; rows?: number }[] = [
  { kind: 'key', title: 'flip.key', add: 'flip.addKey', kidsTitle: 'kids.flip.key', kidsAdd: 'kids.flip.addKey' },
  { kind: 'keyword', title: 'flip.keyword', add: 'flip.addKeyword', kidsTitle: 'kids.flip.keyword', kidsAdd: 'kids.flip.addKeyword' },
  { kind: 'text', title: 'flip.text', add: 'flip.addText', kidsTitle: 'kids.flip.text', kidsAdd: 'kids.flip.addText', rows: 3 },
];

/** My group's flipchart: key themes, good-practice keywords and free text; add, edit, remove. */
export function OsFlipchart({ state, groupId, live, announce }: Props) {
  const items = (state.os?.items ?? []).filter((i) => i.groupId === groupId);
  const mine = myItemIds(live.commands);
  const kids = useKids();
  const act = useActionFeedback(live, announce);
  const remove = (item: FlipItem) =>
    act({ type: 'flip.remove', itemId: item.id }, t('flip.removed'), () => document.getElementById(`flip-${item.kind}-h`)?.focus());

  return (
    <section class="p-section os-flip" aria-labelledby="flip-h">
      <h2 id="flip-h">{kt(kids, 'flip.heading', 'kids.flip.heading')}</h2>
      <p class="hint">{kt(kids, 'flip.intro', 'kids.flip.intro')}</p>
      {SECTIONS.map((s) => {
        const list = items.filter((i) => i.kind === s.kind);
        return (
          <section key={s.kind} class="os-flip-part" aria-labelledby={`flip-${s.kind}-h`}>
            <h3 id={`flip-${s.kind}-h`} tabIndex={-1}>
              {kt(kids, s.title, s.kidsTitle)} <span class="p-count">({list.length})</span>
            </h3>
            {list.length === 0 ? (
              <p class="hint">{t('flip.empty')}</p>
            ) : (
              <ul class="os-items">
                {list.map((i) => (
                  <FlipItemRow key={i.id} item={i} mine={mine.has(i.id)} live={live} announce={announce} onRemove={remove} />
                ))}
              </ul>
            )}
            <TextAddForm
              id={`flip-add-${s.kind}`}
              label={kt(kids, s.add, s.kidsAdd)}
              max={LIMITS.flipItemMax}
              {...(s.rows ? { rows: s.rows } : {})}
              submit={t('flip.add')}
              saved={t('flip.added')}
              live={live}
              announce={announce}
              build={(text, confirm) => ({
                type: 'flip.add',
                itemId: newClientId(),
                groupId,
                kind: s.kind,
                text,
                ...(confirm ? { confirmPrivacy: true } : {}),
              })}
            />
          </section>
        );
      })}
    </section>
  );
}
