import { useEffect, useState } from 'preact/hooks';
import { groupsOf, memberCount } from '../../domain/open-space.ts';
import type { OpenSpace } from '../../domain/types.ts';
import type { LiveSession } from '../shared/use-session.ts';
import { kt, useKids } from './kids.ts';
import { isFull, offerTitle, peopleText, themePeople, themesOnOffer } from './os-model.ts';
import { errorText, t } from './texts.ts';
import type { Announce } from './use-announcer.tsx';
import { useTracked } from './use-tracked.ts';

interface Props {
  os: OpenSpace;
  me: string;
  live: LiveSession;
  announce: Announce;
  /** heading level 2 text of the list */
  heading: string;
  /** after the server has placed me (or I was already there) */
  onChosen?(): void;
}

/**
 * The themes on offer with live counts; one tap chooses a theme (the server picks a group with
 * room), or a given group when the theme is split. Full groups are marked and not offered.
 */
export function OsThemeList({ os, me, live, announce, heading, onChosen }: Props) {
  const themes = themesOnOffer(os);
  const mine = os.members[me] ?? null;
  const kids = useKids();
  const [target, setTarget] = useState<string | null>(null);
  const tr = useTracked(live, (cmd) => {
    setTarget(null);
    tr.reset();
    if (onChosen) onChosen();
    // the pressed button is gone ("you are in this theme"): focus the theme's name instead
    else if (cmd.type === 'os.choose') setTimeout(() => document.getElementById(`theme-${cmd.offerId}`)?.focus(), 0);
  });
  const failed = tr.current?.status === 'failed' ? tr.current : null;
  useEffect(() => {
    if (!failed) return;
    announce(t('theming.failed', { error: errorText(failed.error?.code ?? 'internal') }));
    setTarget(null);
  }, [failed?.id]);

  const choose = (offerId: string, groupId?: string) => {
    if (tr.busy) return;
    setTarget(groupId ?? offerId);
    tr.send({ type: 'os.choose', offerId, ...(groupId ? { groupId } : {}) });
  };

  return (
    <section class="p-section" aria-labelledby="os-themes-h">
      <h2 id="os-themes-h" tabIndex={-1}>
        {heading}
      </h2>
      {os.cap !== null ? <p class="hint">{kt(kids, 'os.market.capHint', 'kids.os.market.capHint', { n: os.cap })}</p> : null}
      {failed ? <p class="error-text">{t('theming.failed', { error: errorText(failed.error?.code ?? 'internal') })}</p> : null}
      {themes.length === 0 ? <p>{kt(kids, 'os.market.none', 'kids.os.market.none')}</p> : null}
      <ul class="os-themes">
        {themes.map((o) => {
          const groups = groupsOf(os, o.id);
          const here = groups.some((g) => g.id === mine);
          const title = offerTitle(o);
          return (
            <li key={o.id} class={here ? 'os-theme here' : 'os-theme'} data-offer-id={o.id}>
              <h3 class="os-theme-name" id={`theme-${o.id}`} tabIndex={-1}>
                <bdi>{title}</bdi>
                {o.origin === 'joker' && o.name ? <span class="os-badge"> ({t('os.jokerBadge')})</span> : null}
              </h3>
              <p class="p-count">{peopleText(themePeople(os, o.id))}</p>
              {groups.length > 1 ? (
                <ul class="os-groups">
                  {groups.map((g) => {
                    const full = isFull(os, g.id);
                    const mineG = g.id === mine;
                    return (
                      <li key={g.id} class={mineG ? 'here' : undefined}>
                        <span>
                          {t('p.group', { n: g.n })} · {peopleText(memberCount(os, g.id))}
                          {full ? <strong class="os-full"> · {t('os.full')}</strong> : null}
                        </span>
                        {mineG ? (
                          <span class="os-here">
                            <span aria-hidden="true">✓ </span>
                            {t('os.hereGroup')}
                          </span>
                        ) : full ? null : (
                          <button
                            type="button"
                            aria-label={`${target === g.id ? t('os.moving') : t('os.chooseGroup', { n: g.n })}: ${title}`}
                            aria-disabled={tr.busy ? true : undefined}
                            onClick={() => choose(o.id, g.id)}
                          >
                            {target === g.id ? t('os.moving') : t('os.chooseGroup', { n: g.n })}
                          </button>
                        )}
                      </li>
                    );
                  })}
                </ul>
              ) : null}
              {here ? (
                <p class="os-here">
                  <span aria-hidden="true">✓ </span>
                  {t('os.here')}
                </p>
              ) : (
                <button
                  type="button"
                  class="primary os-choose"
                  aria-label={`${target === o.id ? t('os.moving') : t('os.choose')}: ${title}`}
                  aria-disabled={tr.busy ? true : undefined}
                  onClick={() => choose(o.id)}
                >
                  {target === o.id ? t('os.moving') : t('os.choose')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
