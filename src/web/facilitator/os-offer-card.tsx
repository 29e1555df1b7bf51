import { groupsOf, memberCount } from '../../domain/open-space.ts';
import type { Offer, OpenSpace } from '../../domain/types.ts';
import type { Ask } from './confirm-dialog.tsx';
import { groupLabel, offerName } from './os-names.ts';
import { OsMergeControl } from './os-merge-control.tsx';
import { OsRename } from './os-rename.tsx';
import { t } from './t.ts';
import type { Run } from './use-commands.ts';

const ORIGIN = { carried: 'f.os.origin.carried', joker: 'f.os.origin.joker', proposed: 'f.os.origin.proposed' } as const;

/**
 * One theme on offer: name and origin, its groups with live head counts (a split button per
 * group), rename (name the joker) and merge into another theme.
 */
export function OsOfferCard(props: {
  os: OpenSpace;
  offer: Offer;
  run: Run;
  ask: Ask;
  /** propose / decide / merge are possible in this phase */
  editable: boolean;
  /** splitting a group by hand is possible in this phase */
  canSplit: boolean;
  readOnly: boolean;
}) {
  const { os, offer, run, ask, readOnly } = props;
  const name = offerName(offer);
  const groups = groupsOf(os, offer.id);
  const total = groups.reduce((n, g) => n + memberCount(os, g.id), 0);

  const split = (gid: string) => {
    const label = groupLabel(os, gid);
    const n = memberCount(os, gid);
    ask({
      title: t('f.os.confirm.split.title', { group: label }),
      body: t('f.os.confirm.split.body', { n, moving: Math.floor(n / 2) }),
      confirmLabel: t('f.os.confirm.split.ok'),
      danger: true,
      onConfirm: () => run({ type: 'osgroup.split', groupId: gid }, t('f.os.ok.split', { group: label })),
    });
  };

  return (
    <li id={`os-offer-${offer.id}`} class={offer.origin === 'joker' ? 'f-os-offer f-os-offer-joker' : 'f-os-offer'}>
      <div class="f-theme-head">
        <h4 id={`os-offer-h-${offer.id}`} tabIndex={-1}>
          {name}
        </h4>
        <span class="f-badge">{t(ORIGIN[offer.origin])}</span>
        {offer.flags.length > 0 && <span class="f-flag-mark">{t('f.flags.mark')}</span>}
      </div>
      <p class="f-os-total" data-testid={`offer-count-${offer.id}`}>
        {t('f.os.offer.chosen', { n: total })}
      </p>
      <ul class="f-os-offer-groups">
        {groups.map((g) => {
          const n = memberCount(os, g.id);
          const full = os.cap !== null && n >= os.cap;
          return (
            <li key={g.id}>
              <span>
                {t('f.group.n', { n: g.n })}: <strong>{t('f.group.size', { n: n })}</strong>
                {full && <span class="f-badge">{t('f.os.group.full')}</span>}
              </span>
              {props.canSplit && !readOnly && n >= 2 && (
                <button
                  type="button"
                  class="f-small"
                  aria-label={t('f.os.group.splitLabel', { group: groupLabel(os, g.id) })}
                  onClick={() => split(g.id)}
                >
                  {t('f.os.group.split')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {!readOnly && (
        <div class="f-theme-tools">
          <OsRename offer={offer} run={run} />
          {props.editable && <OsMergeControl os={os} offer={offer} run={run} ask={ask} rowId={`os-offer-${offer.id}`} />}
        </div>
      )}
    </li>
  );
}
