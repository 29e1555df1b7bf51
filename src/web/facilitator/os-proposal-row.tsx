import type { Offer, OpenSpace } from '../../domain/types.ts';
import type { Ask } from './confirm-dialog.tsx';
import { focusLater } from './focus-later.ts';
import { OsMergeControl } from './os-merge-control.tsx';
import { t } from './t.ts';
import type { Run } from './use-commands.ts';

/** A participant's proposal waiting for the facilitator: accept, decline, or merge into a theme. */
export function OsProposalRow({ os, offer, run, ask }: { os: OpenSpace; offer: Offer; run: Run; ask: Ask }) {
  const accept = () => {
    focusLater(`os-prop-${offer.id}`, `os-offer-h-${offer.id}`);
    run({ type: 'offer.decide', offerId: offer.id, accept: true }, t('f.os.ok.accepted', { name: offer.name }));
  };
  const decline = () =>
    ask({
      title: t('f.os.confirm.decline.title', { name: offer.name }),
      body: t('f.os.confirm.decline.body'),
      confirmLabel: t('f.os.confirm.decline.ok'),
      danger: true,
      onConfirm: () => {
        focusLater(`os-prop-${offer.id}`, 'os-proposals-h');
        run({ type: 'offer.decide', offerId: offer.id, accept: false }, t('f.os.ok.declined', { name: offer.name }));
      },
    });
  return (
    <li id={`os-prop-${offer.id}`} class="f-os-proposal">
      <p class="f-os-proposal-name">
        {offer.flags.length > 0 && <span class="f-flag-mark">{t('f.flags.mark')} </span>}
        <bdi>{offer.name}</bdi>
      </p>
      <div class="f-row-buttons">
        <button type="button" class="primary f-small" aria-label={`${t('f.os.proposal.accept')}: ${offer.name}`} onClick={accept}>
          {t('f.os.proposal.accept')}
        </button>
        <button type="button" class="danger f-small" aria-label={`${t('f.os.proposal.decline')}: ${offer.name}`} onClick={decline}>
          {t('f.os.proposal.decline')}
        </button>
      </div>
      <OsMergeControl os={os} offer={offer} run={run} ask={ask} rowId={`os-prop-${offer.id}`} />
    </li>
  );
}
