import { useRef, useState } from 'preact/hooks';
import { LIMITS } from '../../domain/types.ts';
import { newClientId } from '../shared/connection.ts';
import type { LiveSession } from '../shared/use-session.ts';
import { kt, useKids } from './kids.ts';
import { MyNotes } from './my-notes.tsx';
import { t } from './texts.ts';
import type { Announce } from './use-announcer.tsx';

interface Props {
  sessionId: string;
  live: LiveSession;
  announce: Announce;
  /** an extra line under the label (theming: "anything missing?") */
  intro?: string;
}

const COUNTER_FROM = 400;
/** announce the count when crossing these lengths, not on every key press */
const STEPS = [400, 450, 490, LIMITS.noteMax, LIMITS.noteMax + 1];

function readDraft(key: string): string {
  try {
    return sessionStorage.getItem(key) ?? '';
  } catch {
    return '';
  }
}

/** One text area, a counter near the limit, a send button; the draft survives reloads. */
export function NoteForm({ sessionId, live, announce, intro }: Props) {
  const draftKey = `vp.draft.${sessionId}`;
  const kids = useKids();
  const [text, setText] = useState(() => readDraft(draftKey));
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLTextAreaElement>(null);
  const step = useRef(STEPS.filter((s) => text.length >= s).length);

  function update(v: string) {
    setText(v);
    try {
      if (v) sessionStorage.setItem(draftKey, v);
      else sessionStorage.removeItem(draftKey);
    } catch {
      // storage full or disabled: the draft stays in memory
    }
    const s = STEPS.filter((x) => v.length >= x).length;
    if (s > step.current) announce(counterText(v.length));
    step.current = s;
  }

  function submit(e: Event) {
    e.preventDefault();
    const v = text.trim();
    if (!v) return setError(t('error.note_empty'));
    if (v.length > LIMITS.noteMax) return setError(t('form.over', { n: v.length - LIMITS.noteMax }));
    setError(null);
    live.send({ type: 'note.add', noteId: newClientId(), text: v });
    update('');
  }

  function edit(again: string) {
    const current = text.trim();
    update(current ? `${again}\n\n${current}` : again);
    ref.current?.focus();
  }

  const len = text.trim().length;
  const over = len > LIMITS.noteMax;
  return (
    <div class="p-section">
      <form class="p-note-form" onSubmit={submit} noValidate>
        <h2 id="note-form-h" class="p-form-title">
          <label for="note-text">{kt(kids, 'form.label', 'kids.form.label')}</label>
        </h2>
        {intro ? <p>{intro}</p> : null}
        <p id="note-hint" class="hint">
          {kt(kids, 'form.hint', 'kids.form.hint')}
        </p>
        <textarea
          id="note-text"
          dir="auto"
          ref={ref}
          rows={4}
          value={text}
          onInput={(e) => update(e.currentTarget.value)}
          aria-describedby={`note-hint${len >= COUNTER_FROM ? ' note-count' : ''}${error ? ' note-error' : ''}`}
          aria-invalid={over || error ? true : undefined}
        />
        {len >= COUNTER_FROM ? (
          <p id="note-count" class={over ? 'p-count over' : 'p-count'}>
            {counterText(len)}
          </p>
        ) : null}
        {error ? (
          <p id="note-error" class="error-text">
            {error}
          </p>
        ) : null}
        <button type="submit" class="primary p-big">
          {t('form.send')}
        </button>
      </form>
      <MyNotes live={live} announce={announce} onEdit={edit} />
    </div>
  );
}

function counterText(len: number): string {
  const c = t('form.counter', { n: len, max: LIMITS.noteMax });
  return len > LIMITS.noteMax ? `${c}. ${t('form.over', { n: len - LIMITS.noteMax })}` : c;
}
