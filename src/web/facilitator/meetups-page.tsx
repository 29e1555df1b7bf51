import { useEffect, useState } from 'preact/hooks';
import type { MeResponse } from '../../protocol/http-schema.ts';
import type { MeetupView } from '../../protocol/library-schema.ts';
import { announce } from './announce.ts';
import { ConfirmDialog, type ConfirmRequest } from './confirm-dialog.tsx';
import { libraryPath } from './library-format.ts';
import { PracticeArticle } from './library-practice.tsx';
import { Link } from './link.tsx';
import { MeetupForm } from './meetup-form.tsx';
import { MeetupLink } from './meetup-link.tsx';
import { usePageTitle } from './page-title.ts';
import { formatDay } from './process-format.ts';
import { papi, problemText } from './process-api.ts';
import { path } from './route.ts';
import { t } from './t.ts';
import { tl } from './tl.ts';

/** When and where, as one line. */
export function meetupWhen(m: { date: string | null; place: string }): string {
  return [m.date ? formatDay(m.date) : '', m.place].filter(Boolean).join(' · ');
}

/** The running order as an ordered list of practices with their notes. */
export function OrderList({ m, prefix, level }: { m: Pick<MeetupView, 'items'>; prefix: string; level: 3 | 4 }) {
  if (m.items.length === 0) return <p>{tl('l.order.empty')}</p>;
  return (
    <ol class="lib-order-list">
      {m.items.map((it, i) => (
        <li key={`${it.practice.id}-${i}`} class="lib-order-item">
          <PracticeArticle p={it.practice} level={level} idPrefix={`${prefix}-${i}`} />
          {it.note && (
            <p class="lib-note">
              <strong>{tl('l.order.noteShown')}</strong> {it.note}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}

/**
 * /:lang/orgs/:id/meetups — the organisation's meetups (Kohtaamo): members read them;
 * coordinators and org admins create and edit them, and turn their public link on and off. [SPEC L8–L9]
 */
export function MeetupsPage({ id, me, onUnauthenticated }: { id: string; me: MeResponse; onUnauthenticated(): void }) {
  const org = (me.orgs ?? []).find((o) => o.orgId === id);
  const manage = !!org && org.roles.some((r) => r === 'coordinator' || r === 'org_admin');
  const title = org ? tl('l.mt.pageTitle', { name: org.orgName }) : tl('l.mt.pageTitlePlain');
  usePageTitle(title);
  const [list, setList] = useState<MeetupView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<MeetupView | 'new' | null>(null);
  const [ask, setAsk] = useState<ConfirmRequest | null>(null);

  useEffect(() => {
    void papi<MeetupView[]>('GET', `/api/orgs/${encodeURIComponent(id)}/meetups`).then((r) => {
      if (r.ok) setList(r.data);
      else if (r.status === 401) onUnauthenticated();
      else setError(r.status === 404 ? tl('l.mt.notFound') : problemText(r));
    });
  }, [id]);

  const replace = (m: MeetupView) =>
    setList((l) => (l ? (l.some((x) => x.id === m.id) ? l.map((x) => (x.id === m.id ? m : x)) : [m, ...l]) : [m]));
  const focusLater = (elId: string) => requestAnimationFrame(() => document.getElementById(elId)?.focus());

  const remove = (m: MeetupView) =>
    setAsk({
      title: tl('l.mt.deleteTitle'),
      body: tl('l.mt.deleteBody', { title: m.title }),
      confirmLabel: tl('l.mt.delete'),
      danger: true,
      onConfirm: () => {
        void papi('DELETE', `/api/meetups/${encodeURIComponent(m.id)}`).then((r) => {
          if (!r.ok) return setError(problemText(r));
          setList((l) => (l ?? []).filter((x) => x.id !== m.id));
          announce(tl('l.mt.deleted', { title: m.title }));
          focusLater('page-title');
        });
      },
    });

  return (
    <div class="lib-meetups">
      <p class="pp-back">
        <Link href={path('/')}>{t('f.new.back')}</Link>
      </p>
      <h1 id="page-title" tabIndex={-1}>
        {title}
      </h1>
      <p>{tl('l.mt.intro')}</p>
      <p>
        <Link href={libraryPath()}>{tl('l.pub.toLibrary')}</Link>
      </p>
      {error && <p class="error-text">{error}</p>}
      {!list && !error && (
        <p class="status" role="status">
          {tl('l.lib.loading')}
        </p>
      )}
      {manage && list && !editing && (
        <button type="button" class="primary" id="mt-new" onClick={() => setEditing('new')}>
          {tl('l.mt.new')}
        </button>
      )}
      {editing && (
        <MeetupForm
          orgId={id}
          initial={editing === 'new' ? null : editing}
          onUnauthenticated={onUnauthenticated}
          onCancel={() => {
            const back = editing === 'new' ? 'mt-new' : `mt-h-${editing.id}`;
            setEditing(null);
            focusLater(back);
          }}
          onSaved={(m) => {
            replace(m);
            setEditing(null);
            announce(tl('l.mt.saved', { title: m.title }));
            focusLater(`mt-h-${m.id}`);
          }}
        />
      )}
      {list && list.length === 0 && <p>{tl('l.mt.none')}</p>}
      {list && list.length > 0 && (
        <ul class="lib-meetup-list">
          {list.map((m) => (
            <li key={m.id}>
              <article class="pp-card lib-meetup" aria-labelledby={`mt-h-${m.id}`}>
                <h2 id={`mt-h-${m.id}`} tabIndex={-1}>
                  {m.title}
                </h2>
                {meetupWhen(m) && <p class="f-muted">{meetupWhen(m)}</p>}
                {m.description && <p class="lib-text">{m.description}</p>}
                <h3>{tl('l.order.title')}</h3>
                <OrderList m={m} prefix={`mt-${m.id}`} level={4} />
                {manage && (
                  <>
                    <MeetupLink m={m} ask={setAsk} onChange={replace} />
                    <div class="f-row-buttons lib-save">
                      <button type="button" onClick={() => setEditing(m)} aria-label={tl('l.mt.editOf', { title: m.title })}>
                        {tl('l.mt.edit')}
                      </button>
                      <button type="button" class="danger" onClick={() => remove(m)} aria-label={tl('l.mt.deleteOf', { title: m.title })}>
                        {tl('l.mt.delete')}
                      </button>
                    </div>
                  </>
                )}
              </article>
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog request={ask} onDone={() => setAsk(null)} />
    </div>
  );
}
