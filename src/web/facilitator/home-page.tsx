import { useEffect, useState } from 'preact/hooks';
import type { ProcessSummary } from '../../protocol/http-schema.ts';
import { api } from '../shared/api.ts';
import { Link } from './link.tsx';
import { usePageTitle } from './page-title.ts';
import { processPath, roleText } from './process-frame.tsx';
import { path } from './route.ts';
import { errorText, formatCode, formatDate, t } from './t.ts';
import { tp } from './tp.ts';

/**
 * My dialogue processes (as facilitator or commissioner), newest first: the name leads to the
 * process page; the facilitator also gets each session's join code and console.
 */
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
              <h2>
                <Link href={processPath(p.id)}>{p.name}</Link>
              </h2>
              <p class="f-muted">
                {[p.organisation, p.unit].filter(Boolean).join(' · ')} · {t('f.home.created', { date: formatDate(p.createdAt) })}
              </p>
              <p class="pp-home-role">
                <span class={`f-badge pp-role-${p.role}`}>{roleText(p.role)}</span>
              </p>
              <ul class="f-session-list">
                {p.sessions.map((s) => {
                  const n = s.kind === 'open_space' ? 2 : 1;
                  return (
                    <li key={s.id} class="f-session">
                      <span class="f-session-name">{tp(n === 2 ? 'p.session.2' : 'p.session.1')}</span>
                      {p.role === 'facilitator' && s.joinCode && (
                        <span>
                          {t('f.join.code')}: <strong class="f-mono">{formatCode(s.joinCode)}</strong>
                        </span>
                      )}
                      <span class={s.closed ? 'f-badge f-badge-closed' : 'f-badge f-badge-ok'}>
                        {s.closed ? t('f.home.closed') : t('f.home.open')}
                      </span>
                      {p.role === 'facilitator' && (
                        <Link
                          href={path(`/sessions/${encodeURIComponent(s.id)}`)}
                          class="button"
                          aria-label={`${t('f.home.console')}: ${p.name}${n === 2 ? ` – ${tp('p.session.2')}` : ''}`}
                        >
                          {t('f.home.console')}
                        </Link>
                      )}
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
