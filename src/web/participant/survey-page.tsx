import { useEffect, useRef, useState } from 'preact/hooks';
import type { SurveyValue } from '../../domain/survey.ts';
import type { PublicSurveyView } from '../../protocol/survey-schema.ts';
import { api } from '../shared/api.ts';
import { SurveyForm } from './survey-form.tsx';
import { ts } from './survey-texts.ts';

const KEY = 'vp.survey';

/**
 * The link's token from the address (#token), then cleared from the address bar and history;
 * kept in this tab's sessionStorage so a reload still works until the answer is sent. [SPEC WB9]
 */
function takeToken(): string | null {
  const fromHash = location.hash.slice(1);
  try {
    if (fromHash) {
      history.replaceState(null, '', location.pathname + location.search);
      sessionStorage.setItem(KEY, fromHash);
      return fromHash;
    }
    return sessionStorage.getItem(KEY);
  } catch {
    return fromHash || null;
  }
}

function forget(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // storage blocked: nothing was kept
  }
}

type State = { at: 'loading' } | { at: 'gone' } | { at: 'form'; view: PublicSurveyView } | { at: 'thanks' };

function Message({ heading, body }: { heading: string; body: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <>
      <h1 class="p-h1" tabIndex={-1} ref={ref}>
        {heading}
      </h1>
      <p class="p-lead">{body}</p>
    </>
  );
}

/** The respondent's page: /:lang/survey#token. No account, one answer per link. */
export function SurveyPage() {
  const [token] = useState(takeToken);
  const [state, setState] = useState<State>({ at: 'loading' });
  const [busy, setBusy] = useState(false);
  const [sendError, setSendError] = useState<string | null>(null);

  useEffect(() => {
    document.title = ts('survey.title');
    if (!token) return setState({ at: 'gone' });
    void api<PublicSurveyView>('GET', `/api/survey/${encodeURIComponent(token)}`).then((r) => {
      if (r.ok) return setState({ at: 'form', view: r.data });
      if (r.status === 404) forget();
      setState({ at: 'gone' });
    });
  }, [token]);

  const send = async (values: SurveyValue[]) => {
    setBusy(true);
    setSendError(null);
    const r = await api('POST', `/api/survey/${encodeURIComponent(token ?? '')}`, { answers: values });
    setBusy(false);
    if (r.ok) {
      forget();
      return setState({ at: 'thanks' });
    }
    if (r.status === 404) {
      forget();
      return setState({ at: 'gone' });
    }
    setSendError(ts('survey.failed'));
  };

  return (
    <main id="main" class="p-main sv-page">
      {state.at === 'loading' ? <p aria-live="polite">{ts('survey.loading')}</p> : null}
      {state.at === 'gone' ? <Message heading={ts('survey.gone')} body={ts('survey.goneBody')} /> : null}
      {state.at === 'thanks' ? <Message heading={ts('survey.thanks')} body={ts('survey.thanksBody')} /> : null}
      {state.at === 'form' ? (
        <>
          <h1 class="p-h1">{ts('survey.title')}</h1>
          <p class="sv-phase">{ts(`survey.phase.${state.view.phase}`)}</p>
          <p class="p-lead">{ts('survey.intro')}</p>
          <p class="hint">{ts('survey.anon')}</p>
          <SurveyForm view={state.view} busy={busy} sendError={sendError} onSend={(v) => void send(v)} />
        </>
      ) : null}
    </main>
  );
}
