import { useEffect, useRef, useState } from 'preact/hooks';
import type { Command } from '../../domain/commands.ts';
import type { LiveSession } from '../shared/use-session.ts';
import { PrivacyReview } from './privacy-review.tsx';
import { errorText, t } from './texts.ts';
import type { Announce } from './use-announcer.tsx';

interface Props {
  /** base of the element ids */
  id: string;
  label: string;
  hint?: string;
  max: number;
  /** a text area with this many rows; a one-line field when left out */
  rows?: number;
  submit: string;
  /** announced once the server has saved it */
  saved: string;
  live: LiveSession;
  announce: Announce;
  build(text: string, confirmPrivacy: boolean): Command;
  onSaved?(cmd: Command): void;
  /** what is sent: trimmed by default (theme names also collapse spaces) */
  clean?(text: string): string;
}

interface Sent {
  id: string;
  text: string;
}

const trim = (s: string) => s.trim();

/**
 * Add a short text (flipchart line, pearl, theme proposal). The field empties at once; what
 * was sent is listed with its honest state until the server has saved it. A privacy finding
 * shows what was found, with "edit" (the text comes back to the field) or "send anyway".
 */
export function TextAddForm(p: Props) {
  const { id, live, announce } = p;
  const clean = p.clean ?? trim;
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState<Sent[]>([]);
  const told = useRef(new Set<string>());
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);

  useEffect(() => {
    const keep = sent.filter((s) => {
      const c = live.commands.get(s.id);
      if (!c) return false;
      if (c.status === 'saved') {
        announce(p.saved);
        p.onSaved?.(c.cmd);
        return false;
      }
      if (c.status === 'failed' && c.error?.code !== 'privacy_check' && !told.current.has(s.id)) {
        told.current.add(s.id);
        announce(`${t('status.failed')}: ${errorText(c.error?.code ?? 'internal')}`);
      }
      return true;
    });
    if (keep.length !== sent.length) setSent(keep);
  }, [live.commands]);

  function send(v: string, confirm: boolean) {
    const c = live.send(p.build(v, confirm));
    setSent((list) => [...list, { id: c.id, text: v }]);
  }
  function drop(s: Sent) {
    live.discard(s.id);
    setSent((list) => list.filter((x) => x.id !== s.id));
  }
  function editAgain(s: Sent) {
    drop(s);
    setText(s.text);
    field.current?.focus();
  }

  function submit(e: Event) {
    e.preventDefault();
    const v = clean(text);
    if (!v) return setError(t('error.note_empty'));
    if ([...v].length > p.max) return setError(t('form.over', { n: [...v].length - p.max }));
    setError(null);
    send(v, false);
    setText('');
  }

  const len = [...text].length;
  const showCount = len >= p.max * 0.8;
  const describedBy = [p.hint ? `${id}-hint` : '', showCount ? `${id}-count` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const fieldProps = {
    id: `${id}-field`,
    ref: field,
    dir: 'auto' as const,
    value: text,
    maxLength: p.max,
    autocomplete: 'off',
    onInput: (e: Event) => setText((e.currentTarget as HTMLInputElement).value),
    'aria-describedby': describedBy || undefined,
    'aria-invalid': error ? true : undefined,
  };
  const waiting = live.status !== 'online';

  return (
    <div class="os-add">
      <form class="os-add-form" onSubmit={submit} noValidate>
        <label for={`${id}-field`}>{p.label}</label>
        {p.hint ? (
          <p id={`${id}-hint`} class="hint">
            {p.hint}
          </p>
        ) : null}
        {p.rows ? (
          <div class="os-add-area">
            <textarea {...fieldProps} rows={p.rows} />
            <button type="submit" class="primary">
              {p.submit}
            </button>
          </div>
        ) : (
          <div class="p-inline">
            <input {...fieldProps} />
            <button type="submit" class="primary">
              {p.submit}
            </button>
          </div>
        )}
        {showCount ? (
          <p id={`${id}-count`} class="p-count">
            {t('form.counter', { n: len, max: p.max })}
          </p>
        ) : null}
        {error ? (
          <p id={`${id}-error`} class="error-text">
            {error}
          </p>
        ) : null}
      </form>
      {sent.length > 0 ? (
        <ul class="p-sent-list os-sent">
          {sent.map((s) => {
            const c = live.commands.get(s.id);
            const failed = c?.status === 'failed';
            if (failed && c.error?.code === 'privacy_check') {
              return (
                <li key={s.id} class="p-sent failed">
                  <PrivacyReview
                    text={s.text}
                    details={c.error.details}
                    onEdit={() => editAgain(s)}
                    onSendAnyway={() => {
                      drop(s);
                      send(s.text, true);
                    }}
                  />
                </li>
              );
            }
            return (
              <li key={s.id} class={`p-sent ${failed ? 'failed' : 'sending'}`}>
                <p class="p-sent-text" dir="auto">
                  {s.text}
                </p>
                <p class="p-sent-status">
                  <span aria-hidden="true">{failed ? '✕ ' : waiting ? '… ' : ''}</span>
                  {failed
                    ? `${t('status.failed')}: ${errorText(c.error?.code ?? 'internal')}`
                    : waiting
                      ? t('status.waiting')
                      : t('status.sending')}
                </p>
                {failed ? (
                  <div class="p-actions">
                    <button type="button" onClick={() => editAgain(s)}>
                      {t('form.edit')}
                    </button>
                    <button type="button" class="danger" onClick={() => drop(s)}>
                      {t('form.discard')}
                    </button>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
