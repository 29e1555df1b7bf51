import { useState } from 'preact/hooks';
import { LIMITS, type FlipItemKind, type OpenSpace } from '../../domain/types.ts';
import { newClientId } from '../shared/connection.ts';
import type { Ask } from './confirm-dialog.tsx';
import { FLIP_KINDS, imageAlt, imageUrl, SECTION } from './os-group-card.tsx';
import { OsFlipItemRow } from './os-flip-item-row.tsx';
import { groupLabel } from './os-names.ts';
import { OsPracticeForm } from './os-practice-form.tsx';
import { OsPrivacyReview } from './os-privacy-review.tsx';
import { t } from './t.ts';
import type { Commands } from './use-commands.ts';
import { useCheckedSend } from './use-checked-send.ts';

/** Add a line to the chosen group's flipchart: which section, and the text. */
function AddItemForm({ gid, cmds }: { gid: string; cmds: Commands }) {
  const [kind, setKind] = useState<FlipItemKind>('key');
  const [text, setText] = useState('');
  const send = useCheckedSend(cmds, () => setText(''));
  const busy = send.status === 'sending';
  const submit = (e: Event) => {
    e.preventDefault();
    const v = text.trim();
    if (!v || busy) return;
    send.send(
      { type: 'flip.add', itemId: newClientId(), groupId: gid, kind, text: v },
      t('f.os.ok.itemAdded', { section: t(SECTION[kind]) }),
    );
  };
  return (
    <form class="f-os-add-item" onSubmit={submit} aria-labelledby="os-add-item-h">
      <h4 id="os-add-item-h">{t('f.os.scribe.addItem')}</h4>
      <div class="field">
        <label for="os-item-kind">{t('f.os.item.kind')}</label>
        <select id="os-item-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as FlipItemKind)}>
          {FLIP_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(SECTION[k])}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="os-item-text">{t('f.os.item.text')}</label>
        <textarea
          id="os-item-text"
          rows={2}
          maxLength={LIMITS.flipItemMax}
          value={text}
          onInput={(e) => {
            setText(e.currentTarget.value);
            if (send.findings) send.reset();
          }}
        />
      </div>
      {send.findings && send.held && (
        <OsPrivacyReview
          cmd={send.held}
          findings={send.findings}
          onEdit={() => {
            send.reset();
            document.getElementById('os-item-text')?.focus();
          }}
          onSaveAnyway={send.confirm}
        />
      )}
      <button type="submit" class="primary" disabled={!text.trim() || busy}>
        {busy ? t('f.saving') : t('f.os.item.add')}
      </button>
    </form>
  );
}

/**
 * The facilitator acting as scribe for one group (a group with no device, or one that prefers
 * talking): flipchart lines, photos, good-practice records.
 */
export function OsScribePanel(props: { os: OpenSpace; gid: string; sessionId: string; cmds: Commands; ask: Ask; onStop(): void }) {
  const { os, gid, cmds, ask } = props;
  const items = os.items.filter((i) => i.groupId === gid);
  const images = os.images.filter((i) => i.groupId === gid);
  const practices = os.practices.filter((p) => p.groupId === gid);
  const removeImage = (id: string, alt: string) =>
    ask({
      title: t('f.os.confirm.removeImage.title'),
      body: t('f.os.confirm.removeImage.body', { alt }),
      confirmLabel: t('f.os.confirm.remove.ok'),
      danger: true,
      onConfirm: () => cmds.run({ type: 'flip.removeImage', imageId: id }, t('f.os.ok.imageRemoved')),
    });

  return (
    <section class="f-os-scribe" aria-labelledby="os-scribe-h">
      <h3 id="os-scribe-h" tabIndex={-1}>
        {t('f.os.scribe.title', { group: groupLabel(os, gid) })}
      </h3>
      <button type="button" class="f-small f-os-scribe-stop" onClick={props.onStop}>
        {t('f.os.scribe.stop')}
      </button>
      <AddItemForm gid={gid} cmds={cmds} />
      {items.length > 0 && (
        <details class="f-theme-notes">
          <summary>{t('f.os.scribe.items', { n: items.length })}</summary>
          <ul>
            {items.map((i) => (
              <OsFlipItemRow key={i.id} item={i} cmds={cmds} ask={ask} />
            ))}
          </ul>
        </details>
      )}
      {images.length > 0 && (
        <details class="f-theme-notes">
          <summary>{t('f.os.scribe.images', { n: images.length })}</summary>
          <ul class="f-os-images f-os-images-edit">
            {images.map((img) => (
              <li key={img.id}>
                <img src={imageUrl(props.sessionId, img.id)} alt={imageAlt(img)} width={96} loading="lazy" />
                <button
                  type="button"
                  class="f-small danger"
                  aria-label={t('f.os.image.removeLabel', { alt: imageAlt(img) })}
                  onClick={() => removeImage(img.id, imageAlt(img))}
                >
                  {t('f.os.item.remove')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      <OsPracticeForm gid={gid} practices={practices} cmds={cmds} ask={ask} />
    </section>
  );
}
