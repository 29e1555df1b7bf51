import { useState } from 'preact/hooks';
import type { Offer, OpenSpace } from '../../domain/types.ts';
import type { Ask } from './confirm-dialog.tsx';
import { focusLater } from './focus-later.ts';
import { offerName } from './os-names.ts';
import { openThemes } from './os-model.ts';
import { t } from './t.ts';
import type { Run } from './use-commands.ts';

/**
 * "Merge into…": a select of the themes on offer and a button that asks once. The source's
 * people move to the target theme; what they wrote stays where it was written. `rowId` is the
 * element that disappears with the merged theme (focus then goes to the target's heading).
 */
export function OsMergeControl({ os, offer, run, ask, rowId }: { os: OpenSpace; offer: Offer; run: Run; ask: Ask; rowId: string }) {
  const [target, setTarget] = useState('');
  const targets = openThemes(os).filter((o) => o.id !== offer.id);
  if (targets.length === 0) return null;
  const id = `os-merge-${offer.id}`;
  const name = offerName(offer);
  const merge = () => {
    const into = targets.find((o) => o.id === target);
    if (!into) return;
    const intoName = offerName(into);
    ask({
      title: t('f.confirm.merge.title', { source: name, target: intoName }),
      body: t('f.os.confirm.merge.body', { target: intoName }),
      confirmLabel: t('f.confirm.merge.ok'),
      danger: true,
      onConfirm: () => {
        focusLater(rowId, `os-offer-h-${into.id}`);
        run({ type: 'offer.merge', sourceId: offer.id, targetId: into.id }, t('f.ok.merged', { source: name, target: intoName }));
      },
    });
  };
  return (
    <div class="f-merge">
      <label for={id}>
        {t('f.theme.mergeInto')}
        <span class="visually-hidden"> ({name})</span>
      </label>
      <div class="f-inline">
        <select id={id} class="f-small-select" value={target} onChange={(e) => setTarget(e.currentTarget.value)}>
          <option value="">{t('f.theme.choose')}</option>
          {targets.map((o) => (
            <option key={o.id} value={o.id}>
              {offerName(o)}
            </option>
          ))}
        </select>
        <button type="button" class="f-small" disabled={!target} onClick={merge} aria-label={`${t('f.theme.merge')}: ${name}`}>
          {t('f.theme.merge')}
        </button>
      </div>
    </div>
  );
}
