import { useState } from 'preact/hooks';
import { LIMITS } from '../../domain/types.ts';
import { newClientId } from '../shared/connection.ts';
import { OsPrivacyReview } from './os-privacy-review.tsx';
import { t } from './t.ts';
import type { Commands } from './use-commands.ts';
import { useCheckedSend } from './use-checked-send.ts';

/** The facilitator puts a theme on offer directly (no proposal round). */
export function OsAddOfferForm({ cmds }: { cmds: Commands }) {
  const [name, setName] = useState('');
  const send = useCheckedSend(cmds, () => setName(''));
  const busy = send.status === 'sending';
  const submit = (e: Event) => {
    e.preventDefault();
    const v = name.replace(/\s+/g, ' ').trim();
    if (!v || busy) return;
    send.send({ type: 'offer.propose', offerId: newClientId(), name: v }, t('f.ok.themeAdded', { name: v }));
  };
  return (
    <form class="f-add-theme f-os-add" onSubmit={submit}>
      <label for="os-add-offer">{t('f.os.add.label')}</label>
      <div class="f-inline">
        <input
          id="os-add-offer"
          maxLength={LIMITS.offerNameMax}
          value={name}
          aria-describedby="os-add-hint"
          onInput={(e) => {
            setName(e.currentTarget.value);
            if (send.findings) send.reset();
          }}
        />
        <button type="submit" disabled={!name.trim() || busy}>
          {busy ? t('f.saving') : t('f.theme.add')}
        </button>
      </div>
      <p class="hint" id="os-add-hint">
        {t('f.os.add.hint')}
      </p>
      {send.findings && send.held && (
        <OsPrivacyReview
          cmd={send.held}
          findings={send.findings}
          onEdit={() => {
            send.reset();
            document.getElementById('os-add-offer')?.focus();
          }}
          onSaveAnyway={send.confirm}
        />
      )}
    </form>
  );
}
