import { useEffect, useRef } from 'preact/hooks';
import type { Command } from '../../domain/commands.ts';
import { newClientId, type PendingCommand } from '../shared/connection.ts';
import type { LiveSession } from '../shared/use-session.ts';
import { PrivacyReview } from './privacy-review.tsx';
import { errorText, t } from './texts.ts';
import type { Announce } from './use-announcer.tsx';

type NoteAdd = Extract<Command, { type: 'note.add' }>;
const SAVED_SHOWN = 3;

interface Props {
  live: LiveSession;
  announce: Announce;
  /** put a failed note's text back in the text area */
  onEdit(text: string): void;
}

/** The notes I sent from this page with their honest state: sending / waiting / saved / failed. */
export function MyNotes({ live, announce, onEdit }: Props) {
  const all = [...live.commands.values()].filter((p): p is PendingCommand & { cmd: NoteAdd } => p.cmd.type === 'note.add');
  const seen = useRef(new Map<string, string>());
  useEffect(() => {
    for (const p of all) {
      const before = seen.current.get(p.id);
      if (before === 'sending' && p.status === 'saved') announce(t('form.saved'));
      if (before !== 'failed' && p.status === 'failed' && p.error?.code !== 'privacy_check') {
        announce(`${t('status.failed')}: ${errorText(p.error?.code ?? 'internal')}`);
      }
      seen.current.set(p.id, p.status);
    }
  }, [live.commands]);

  const saved = all.filter((p) => p.status === 'saved').slice(-SAVED_SHOWN);
  const shown = all.filter((p) => p.status !== 'saved' || saved.includes(p)).reverse();
  if (shown.length === 0) return null;
  const waiting = live.status !== 'online';

  return (
    <div class="p-mine">
      <h3>{t('form.myNotes')}</h3>
      <ul class="p-sent-list">
        {shown.map((p) => (
          <li key={p.id} class={`p-sent ${p.status}`}>
            {p.status === 'failed' && p.error?.code === 'privacy_check' ? (
              <PrivacyReview
                text={p.cmd.text}
                details={p.error.details}
                onEdit={() => {
                  live.discard(p.id);
                  onEdit(p.cmd.text);
                }}
                onSendAnyway={() => {
                  live.discard(p.id);
                  live.send({ type: 'note.add', noteId: newClientId(), text: p.cmd.text, confirmPrivacy: true });
                }}
              />
            ) : (
              <>
                <p class="p-sent-text" dir="auto">
                  {p.cmd.text}
                </p>
                <p class="p-sent-status">
                  <span aria-hidden="true">{p.status === 'saved' ? '✓ ' : p.status === 'failed' ? '✕ ' : waiting ? '… ' : ''}</span>
                  {p.status === 'saved'
                    ? t('status.saved')
                    : p.status === 'failed'
                      ? `${t('status.failed')}: ${errorText(p.error?.code ?? 'internal')}`
                      : waiting
                        ? t('status.waiting')
                        : t('status.sending')}
                </p>
                {p.status === 'failed' ? (
                  <div class="p-actions">
                    <button
                      type="button"
                      onClick={() => {
                        live.discard(p.id);
                        onEdit(p.cmd.text);
                      }}
                    >
                      {t('form.edit')}
                    </button>
                    <button type="button" class="danger" onClick={() => live.discard(p.id)}>
                      {t('form.discard')}
                    </button>
                  </div>
                ) : null}
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
