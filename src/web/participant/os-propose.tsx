import { useState } from 'preact/hooks';
import { LIMITS, type Offer, type OpenSpace } from '../../domain/types.ts';
import { newClientId } from '../shared/connection.ts';
import type { LiveSession } from '../shared/use-session.ts';
import { kt, useKids } from './kids.ts';
import { offerTitle } from './os-model.ts';
import { TextAddForm } from './os-text-add.tsx';
import { t } from './texts.ts';
import type { Announce } from './use-announcer.tsx';

interface Props {
  sessionId: string;
  os: OpenSpace;
  live: LiveSession;
  announce: Announce;
}

/** Offers have no author: this page remembers the ids of the themes I proposed (ids only). */
const storeKey = (sessionId: string) => `vp.proposals.${sessionId}`;

function loadIds(sessionId: string): string[] {
  try {
    const v = JSON.parse(sessionStorage.getItem(storeKey(sessionId)) ?? '[]') as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

function statusText(o: Offer, os: OpenSpace): string {
  switch (o.status) {
    case 'proposed':
      return t('os.propose.waiting');
    case 'open':
      return t('os.propose.open');
    case 'declined':
      return t('os.propose.declined');
    case 'merged': {
      const into = os.offers.find((x) => x.id === o.mergedInto);
      return t('os.propose.merged', { name: into ? offerTitle(into) : '' });
    }
  }
}

/** Propose a theme (the facilitator accepts or merges it) and see what became of my proposals. */
export function OsPropose({ sessionId, os, live, announce }: Props) {
  const [ids, setIds] = useState(() => loadIds(sessionId));
  const kids = useKids();
  const mine = ids.map((id) => os.offers.find((o) => o.id === id)).filter((o): o is Offer => o !== undefined);
  const remember = (id: string) => {
    const next = [...ids.filter((x) => x !== id), id];
    setIds(next);
    try {
      sessionStorage.setItem(storeKey(sessionId), JSON.stringify(next));
    } catch {
      // not remembered after a reload; the proposal itself is saved
    }
  };

  return (
    <section class="p-section os-propose" aria-labelledby="propose-h">
      <h2 id="propose-h">{kt(kids, 'os.propose.heading', 'kids.os.propose.heading')}</h2>
      <TextAddForm
        id="propose"
        label={kt(kids, 'os.propose.label', 'kids.os.propose.label')}
        hint={kt(kids, 'os.propose.hint', 'kids.os.propose.hint')}
        max={LIMITS.offerNameMax}
        submit={t('os.propose.send')}
        saved={t('os.propose.sent')}
        live={live}
        announce={announce}
        clean={(s) => s.replace(/\s+/g, ' ').trim()}
        build={(name, confirm) => ({ type: 'offer.propose', offerId: newClientId(), name, ...(confirm ? { confirmPrivacy: true } : {}) })}
        onSaved={(cmd) => {
          if (cmd.type === 'offer.propose') remember(cmd.offerId);
        }}
      />
      {mine.length > 0 ? (
        <>
          <h3>{t('os.propose.mine')}</h3>
          <ul class="os-proposals">
            {mine.map((o) => (
              <li key={o.id} class={`os-proposal ${o.status}`}>
                <bdi class="os-proposal-name">{o.name}</bdi>
                <span class="os-proposal-status">{statusText(o, os)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
