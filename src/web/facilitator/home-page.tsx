import { useEffect, useState } from 'preact/hooks';
import type { ProcessSummary } from '../../protocol/http-schema.ts';
import { api } from '../shared/api.ts';
import { Link } from './link.tsx';
import { usePageTitle } from './page-title.ts';
import { path } from './route.ts';
import { errorText, formatCode, formatDate, t } from './t.ts';

/** My dialogue processes, newest first, each with its session 1 and a link to the console. */
export function HomePage({ onUnauthenticated }: { onUnauthenticated(): void }) {
  const [list, setList] = useState<ProcessSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  usePageTitle(t('f.home.title'));

  useEffect(() => {
    void api<ProcessSummary[]>('GET', '/api/processes').then((r) => {
      if (r.ok) setList(r.data);
      else if (r.status === 401) onUnauthenticated();
      else setError(errorText(r.code));
    });
  }, []);

  return (
    <div>
      <div class="f-page-head">
        <h1 id="page-title" tabIndex={-1}>
          {t('f.home.title')}
        </h1>
        <Link href={path('/processes/new')} class="button primary">
          {t('f.home.new')}
        </Link>
      </div>
      {error && <p class="error-text">{error}</p>}
      {!list && !error && (
        <p class="status" role="status">
          {t('f.loading')}
        </p>
      )}
      {list && list.length === 0 && <p>{t('f.home.empty')}</p>}
      {list && list.length > 0 && (
        <ul class="f-process-list">
          {list.map((p) => (
            <li key={p.id} class="f-process">
              <h2>{p.name}</h2>
              <p class="f-muted">
                {[p.organisation, p.unit].filter(Boolean).join(' · ')} · {t('f.home.created', { date: formatDate(p.createdAt) })}
              </p>
              <ul class="f-session-list">
                {p.sessions.map((s, i) => (
                  <li key={s.id} class="f-session">
                    <span class="f-session-name">{t('f.home.session', { n: i + 1 })}</span>
                    <span>
                      {t('f.join.code')}: <strong class="f-mono">{formatCode(s.joinCode)}</strong>
                    </span>
                    <span class={s.closed ? 'f-badge f-badge-closed' : 'f-badge f-badge-ok'}>
                      {s.closed ? t('f.home.closed') : t('f.home.open')}
                    </span>
                    <Link
                      href={path(`/sessions/${encodeURIComponent(s.id)}`)}
                      class="button"
                      aria-label={`${t('f.home.console')}: ${p.name}`}
                    >
                      {t('f.home.console')}
                    </Link>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
