import type { ComponentChildren } from 'preact';
import type { ProcessRole, ProcessSummary } from '../../protocol/http-schema.ts';
import { Link } from './link.tsx';
import { usePageTitle } from './page-title.ts';
import { path } from './route.ts';
import { tp } from './tp.ts';
import { tpr } from './tpr.ts';
import { tsv } from './tsv.ts';

export type ProcessPageName = 'process' | 'commission' | 'followup' | 'summary' | 'survey';

/** The app path of a process page. */
export function processPath(id: string, page: ProcessPageName = 'process'): string {
  const base = `/processes/${encodeURIComponent(id)}`;
  return path(page === 'process' ? base : `${base}/${page}`);
}

export function roleText(role: ProcessRole): string {
  if (role === 'coordinator') return tp('p.role.yours', { role: tpr('pr.role.coordinator') });
  return tp('p.role.yours', { role: tp(role === 'facilitator' ? 'p.role.facilitator' : 'p.role.commissioner') });
}

/** Between the three pages of one process; the current one is marked for assistive technology. */
function ProcessNav({ id, current }: { id: string; current: ProcessPageName }) {
  const items: [ProcessPageName, string][] = [
    ['process', tp('p.nav.process')],
    ['commission', tpr('pr.nav')],
    ['followup', tp('p.nav.followup')],
    ['summary', tp('p.nav.summary')],
    ['survey', tsv('survey.f.nav')],
  ];
  return (
    <nav class="pp-nav" aria-label={tp('p.nav.label')}>
      <ul>
        {items.map(([page, label]) => (
          <li key={page}>
            <Link href={processPath(id, page)} aria-current={page === current ? 'page' : undefined}>
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The frame of a process page: back link, the one h1 (focused by the app on navigation), the
 * process and my role in it, the page navigation, and loading / error states.
 */
export function ProcessFrame(props: {
  id: string;
  current: ProcessPageName;
  /** the h1; the process page uses the process name */
  title: string;
  process: ProcessSummary | null;
  error: string | null;
  children?: ComponentChildren;
}) {
  const { process: p } = props;
  const docTitle = props.current === 'process' || !p ? props.title : tp('p.docTitle', { page: props.title, name: p.name });
  usePageTitle(docTitle);
  const sub = p ? (props.current === 'process' ? [p.organisation, p.unit] : [p.name]).filter(Boolean).join(' · ') : '';
  return (
    <div class={`pp-page pp-page-${props.current}`}>
      <p class="pp-back">
        <Link href={path('/')}>{tp('p.back')}</Link>
      </p>
      <div class="f-page-head">
        <h1 id="page-title" tabIndex={-1}>
          {props.title}
        </h1>
        {p && (
          <p class="f-muted">
            {sub && <span>{sub} · </span>}
            <span class="pp-role">{roleText(p.role)}</span>
          </p>
        )}
      </div>
      <ProcessNav id={props.id} current={props.current} />
      {props.error && (
        <p class="error-text" role="alert">
          {props.error}
        </p>
      )}
      {!p && !props.error && (
        <p class="status" role="status">
          {tp('p.loading')}
        </p>
      )}
      {p && props.children}
    </div>
  );
}
