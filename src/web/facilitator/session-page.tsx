import { useEffect, useState } from 'preact/hooks';
import { api } from '../shared/api.ts';
import { Link } from './link.tsx';
import { usePageTitle } from './page-title.ts';
import { path } from './route.ts';
import { SessionConsole, type SessionInfo } from './session-console.tsx';
import { errorText, t } from './t.ts';

/** /:lang/sessions/:id — loads names and the join link, then opens the live console. */
export function SessionPage({ id, onUnauthenticated }: { id: string; onUnauthenticated(): void }) {
  const [info, setInfo] = useState<SessionInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  usePageTitle(info ? info.process.name : t('f.console.title'));

  useEffect(() => {
    setInfo(null);
    setError(null);
    void api<SessionInfo>('GET', `/api/sessions/${encodeURIComponent(id)}`).then((r) => {
      if (r.ok) setInfo(r.data);
      else if (r.status === 401) onUnauthenticated();
      else setError(errorText(r.code));
    });
  }, [id]);

  const sub = info ? [info.process.organisation, info.process.unit].filter(Boolean).join(' · ') : '';
  return (
    <div class="f-session-page">
      <div class="f-page-head">
        <h1 id="page-title" tabIndex={-1}>
          {info ? info.process.name : t('f.console.title')}
        </h1>
        {info && (
          <p class="f-muted">
            {sub} · {info.session.kind === 'open_space' ? t('f.os.session2') : t('f.console.session1')}
          </p>
        )}
      </div>
      {error && (
        <>
          <p class="error-text">{error}</p>
          <p>
            <Link href={path('/')}>{t('f.new.back')}</Link>
          </p>
        </>
      )}
      {!info && !error && (
        <p class="status" role="status">
          {t('f.loading')}
        </p>
      )}
      {info && <SessionConsole info={info} />}
    </div>
  );
}
