import { useEffect, useRef, useState } from 'preact/hooks';
import { LIMITS, type FlipItem } from '../../domain/types.ts';
import type { Ask } from './confirm-dialog.tsx';
import { OsPrivacyReview } from './os-privacy-review.tsx';
import { t } from './t.ts';
import type { Commands } from './use-commands.ts';
import { useCheckedSend } from './use-checked-send.ts';

const short = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s);

/** A flipchart line in the scribe's list: edit it in place, or remove it (asks once). */
export function OsFlipItemRow({ item, cmds, ask }: { item: FlipItem; cmds: Commands; ask: Ask }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(item.text);
  const editBtn = useRef<HTMLButtonElement>(null);
  const input = useRef<HTMLTextAreaElement>(null);
  const stop = () => {
    setEditing(false);
    setTimeout(() => editBtn.current?.focus(), 0);
  };
  const send = useCheckedSend(cmds, stop);
  const id = `os-edit-${item.id}`;

  useEffect(() => {
    if (editing) input.current?.focus();
  }, [editing]);

  const save = (e: Event) => {
    e.preventDefault();
    const v = text.trim();
    if (!v) return;
    if (v === item.text) return stop();
    send.send({ type: 'flip.edit', itemId: item.id, text: v }, t('f.os.ok.itemEdited'));
  };
  const remove = () =>
    ask({
      title: t('f.os.confirm.removeItem.title', { text: short(item.text) }),
      body: t('f.os.confirm.removeItem.body'),
      confirmLabel: t('f.os.confirm.remove.ok'),
      danger: true,
      onConfirm: () => cmds.run({ type: 'flip.remove', itemId: item.id }, t('f.os.ok.itemRemoved')),
    });

  return (
    <li class="f-note">
      {editing ? (
        <form onSubmit={save}>
          <label for={id} class="visually-hidden">
            {t('f.os.item.editLabel', { text: short(item.text) })}
          </label>
          <textarea
            id={id}
            ref={input}
            rows={2}
            maxLength={LIMITS.flipItemMax}
            value={text}
            onInput={(e) => {
              setText(e.currentTarget.value);
              if (send.findings) send.reset();
            }}
            onKeyDown={(e) => e.key === 'Escape' && stop()}
          />
          {send.findings && send.held && (
            <OsPrivacyReview
              cmd={send.held}
              findings={send.findings}
              onEdit={() => {
                send.reset();
                input.current?.focus();
              }}
              onSaveAnyway={send.confirm}
            />
          )}
          <div class="f-row-buttons">
            <button type="submit" class="primary f-small" disabled={send.status === 'sending'}>
              {t('f.os.item.save')}
            </button>
            <button type="button" class="f-small" onClick={stop}>
              {t('f.confirm.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <>
          <p class="f-note-text">
            {item.flags.length > 0 && <span class="f-flag-mark">{t('f.flags.mark')} </span>}
            <bdi>{item.text}</bdi>
          </p>
          <div class="f-row-buttons">
            <button
              type="button"
              ref={editBtn}
              class="f-small"
              aria-label={t('f.os.item.editLabel', { text: short(item.text) })}
              onClick={() => {
                setText(item.text);
                setEditing(true);
              }}
            >
              {t('f.os.item.edit')}
            </button>
            <button
              type="button"
              class="f-small danger"
              aria-label={t('f.os.item.removeLabel', { text: short(item.text) })}
              onClick={remove}
            >
              {t('f.os.item.remove')}
            </button>
          </div>
        </>
      )}
    </li>
  );
}
