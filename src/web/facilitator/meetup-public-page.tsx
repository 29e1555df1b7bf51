import { useEffect, useState } from 'preact/hooks';
import type { PublicMeetupView } from '../../protocol/library-schema.ts';
import { OrderList, meetupWhen } from './meetups-page.tsx';
import { usePageTitle } from './page-title.ts';
import { papi } from './process-api.ts';
import { tl } from './tl.ts';

const KEY = 'vp.meetup';

/**
 * The link's token from the address (#token), then cleared from the address bar and history;
 * kept in this tab's sessionStorage so that a reload or a change of language still shows it.
 */
function takeToken(): string {
  const fromHash = location.hash.slice(1);
  try {
    if (fromHash) {
      history.replaceState(null, '', location.pathname + location.search);
      sessionStorage.setItem(KEY, fromHash);
      return fromHash;
    }
    return sessionStorage.getItem(KEY) ?? '';
  } catch {
    return fromHash;
  }
}

type State = { at: 'loading' } | { at: 'gone' } | { at: 'error' } | { at: 'shown'; m: PublicMeetupView };

/**
 * /:lang/meetup#<token> — a meetup's public read-only page (no sign-in): its details and the
 * running order of practices with provenance; nothing about staff or participants. [SPEC L10]
 */
export function MeetupPublicPage() {
  const [token] = useState(takeToken);
  const [state, setState] = useState<State>({ at: 'loading' });
  const title = state.at === 'shown' ? state.m.title : state.at === 'loading' ? tl('l.pubmt.loading') : tl('l.pubmt.goneTitle');
  usePageTitle(title);

  useEffect(() => {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return setState({ at: 'gone' });
    void papi<PublicMeetupView>('GET', `/api/public/meetups/${encodeURIComponent(token)}`).then((r) => {
      if (r.ok) setState({ at: 'shown', m: r.data });
      else setState({ at: r.status === 404 ? 'gone' : 'error' });
    });
  }, [token]);

  return (
    <div class="f-narrow lib-public">
      <h1 id="page-title" tabIndex={-1}>
        {title}
      </h1>
      {state.at === 'loading' && (
        <p class="status" role="status">
          {tl('l.lib.loading')}
        </p>
      )}
      {state.at === 'gone' && <p data-testid="meetup-gone">{tl('l.pubmt.gone')}</p>}
      {state.at === 'error' && <p class="error-text">{tl('l.pubmt.error')}</p>}
      {state.at === 'shown' && (
        <>
          <p class="f-muted">{tl('l.pubmt.kind')}</p>
          {meetupWhen(state.m) && <p>{meetupWhen(state.m)}</p>}
          {state.m.description && <p class="lib-text">{state.m.description}</p>}
          <h2>{tl('l.order.title')}</h2>
          <OrderList m={state.m} prefix="pm" level={3} />
        </>
      )}
    </div>
  );
}
