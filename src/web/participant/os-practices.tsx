import { useRef, useState } from 'preact/hooks';
import { LIMITS, type Practice, type SessionState } from '../../domain/types.ts';
import type { LiveSession } from '../shared/use-session.ts';
import { ConfirmRemove } from './confirm-remove.tsx';
import { kt, useKids } from './kids.ts';
import { maskField } from './os-model.ts';
import { OsPracticeForm, type PracticeDraft } from './os-practice-form.tsx';
import { errorText, t } from './texts.ts';
import type { Announce } from './use-announcer.tsx';
import { useActionFeedback } from './use-action-feedback.ts';

interface Props {
  state: SessionState;
  groupId: string;
  live: LiveSession;
  announce: Announce;
}

/** A practice's fields as others see them: the parts the privacy scan flagged are masked. */
function shownFields(p: Practice): PracticeDraft {
  const title = maskField(p.title, 0, p.flags);
  let at = p.title.length + 1;
  const description = maskField(p.description, at, p.flags);
  at += p.description.length + 1;
  const context = maskField(p.context, at, p.flags);
  at += p.context.length + 1;
  const keywords = maskField(p.keywords.join(', '), at, p.flags);
  return { title, description, context, keywords };
}

/** The group's good-practice records: read, edit, remove, and write a new one. */
export function OsPractices({ state, groupId, live, announce }: Props) {
  const list = (state.os?.practices ?? []).filter((p) => p.groupId === groupId);
  const [editing, setEditing] = useState<string | null>(null);
  const newBtn = useRef<HTMLButtonElement>(null);
  const act = useActionFeedback(live, announce);
  const kids = useKids();
  const back = (id: string) => {
    setEditing(null);
    setTimeout(() => (id === 'new' ? newBtn.current : document.getElementById(`pr-h-${id}`))?.focus(), 0);
  };
  const full = list.length >= LIMITS.practicesPerGroup;

  return (
    <section class="p-section os-practices" aria-labelledby="practices-h">
      <h2 id="practices-h" tabIndex={-1}>
        {kt(kids, 'practice.heading', 'kids.practice.heading', { n: list.length })}
      </h2>
      <p class="hint">{kt(kids, 'practice.intro', 'kids.practice.intro')}</p>
      {list.length === 0 ? <p>{t('practice.none')}</p> : null}
      <ul class="os-practice-list">
        {list.map((p) => {
          const f = shownFields(p);
          if (editing === p.id) {
            return (
              <li key={p.id} class="os-practice">
                <OsPracticeForm groupId={groupId} practice={p} initial={f} live={live} announce={announce} onDone={() => back(p.id)} />
              </li>
            );
          }
          const keywords = f.keywords.split(', ').filter(Boolean);
          return (
            <li key={p.id} class="os-practice">
              <h3 id={`pr-h-${p.id}`} tabIndex={-1}>
                <bdi>{f.title}</bdi>
              </h3>
              {f.description ? (
                <p class="os-pre" dir="auto">
                  {f.description}
                </p>
              ) : null}
              {keywords.length > 0 ? (
                <ul class="os-chips" aria-label={t('practice.keywords')}>
                  {keywords.map((k, i) => (
                    <li key={i} dir="auto">
                      {k}
                    </li>
                  ))}
                </ul>
              ) : null}
              {f.context ? (
                <p class="os-pre">
                  <strong>{t('practice.context')}</strong> <bdi>{f.context}</bdi>
                </p>
              ) : null}
              <div class="p-actions">
                <button type="button" onClick={() => setEditing(p.id)}>
                  {t('form.edit')}
                  <span class="visually-hidden">
                    : <bdi>{f.title}</bdi>
                  </span>
                </button>
                <ConfirmRemove
                  what={f.title}
                  onRemove={() =>
                    act({ type: 'practice.remove', practiceId: p.id }, t('practice.removed'), () =>
                      document.getElementById('practices-h')?.focus(),
                    )
                  }
                />
              </div>
            </li>
          );
        })}
      </ul>
      {editing === 'new' ? (
        <OsPracticeForm
          groupId={groupId}
          practice={null}
          initial={{ title: '', description: '', keywords: '', context: '' }}
          live={live}
          announce={announce}
          onDone={() => back('new')}
        />
      ) : full ? (
        <p class="hint">{errorText('limit_reached')}</p>
      ) : (
        <button type="button" ref={newBtn} class="p-big" onClick={() => setEditing('new')}>
          {kt(kids, 'practice.new', 'kids.practice.new')}
        </button>
      )}
    </section>
  );
}
