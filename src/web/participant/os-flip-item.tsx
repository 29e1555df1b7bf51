import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { LIMITS, type FlipItem } from '../../domain/types.ts';
import { maskedText } from '../shared/p-mask.ts';
import type { LiveSession } from '../shared/use-session.ts';
import { ConfirmRemove } from './confirm-remove.tsx';
import { excerpt } from './note-item.tsx';
import { PrivacyReview } from './privacy-review.tsx';
import { errorText, t } from './texts.ts';
import type { Announce } from './use-announcer.tsx';
import { useTracked } from './use-tracked.ts';

interface Props {
  item: FlipItem;
  /** added from this page: the full text is shown and edited; others' flagged parts are masked */
  mine: boolean;
  live: LiveSession;
  announce: Announce;
  onRemove(item: FlipItem): void;
}

/** One line on the flipchart: its text, Edit (in place, with the privacy check) and Remove. */
export function FlipItemRow({ item, mine, live, announce, onRemove }: Props) {
  const shown = mine ? item.text : maskedText(item);
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(shown);
  const editBtn = useRef<HTMLButtonElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const was = useRef(false);
  const tr = useTracked(live, () => {
    announce(t('flip.edited'));
    tr.reset();
    setEditing(false);
  });

  useLayoutEffect(() => {
    if (editing) field.current?.focus();
    else if (was.current) editBtn.current?.focus();
    was.current = editing;
  }, [editing]);

  const fid = `flip-edit-${item.id}`;
  const failed = tr.current?.status === 'failed' ? tr.current : null;
  const save = (confirm: boolean) => {
    const v = text.trim();
    if (!v) return;
    if (v === item.text && !confirm) return setEditing(false);
    tr.send({ type: 'flip.edit', itemId: item.id, text: v, ...(confirm ? { confirmPrivacy: true } : {}) });
  };

  if (editing) {
    return (
      <li class="os-item editing">
        {failed?.error?.code === 'privacy_check' ? (
          <PrivacyReview
            text={text.trim()}
            details={failed.error.details}
            onEdit={() => {
              tr.reset();
              field.current?.focus();
            }}
            onSendAnyway={() => save(true)}
          />
        ) : (
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              save(false);
            }}
          >
            <label for={fid}>{t('flip.editLabel')}</label>
            <textarea
              id={fid}
              dir="auto"
              ref={field}
              rows={3}
              value={text}
              maxLength={LIMITS.flipItemMax}
              onInput={(e) => setText(e.currentTarget.value)}
            />
            {failed ? <p class="error-text">{`${t('status.failed')}: ${errorText(failed.error?.code ?? 'internal')}`}</p> : null}
            {tr.busy ? <p class="p-sent-status">{live.status === 'online' ? t('status.sending') : t('status.waiting')}</p> : null}
            <div class="p-actions">
              <button type="submit" class="primary">
                {t('theming.save')}
              </button>
              <button
                type="button"
                onClick={() => {
                  tr.reset();
                  setEditing(false);
                }}
              >
                {t('theming.cancel')}
              </button>
            </div>
          </form>
        )}
      </li>
    );
  }

  return (
    <li class="os-item">
      <p class="os-item-text" dir="auto">
        {shown}
      </p>
      <div class="p-actions">
        <button
          type="button"
          ref={editBtn}
          onClick={() => {
            setText(shown);
            setEditing(true);
          }}
        >
          {t('form.edit')}
          <span class="visually-hidden">: {excerpt(shown)}</span>
        </button>
        <ConfirmRemove what={excerpt(shown)} onRemove={() => onRemove(item)} />
      </div>
    </li>
  );
}
