import { useEffect, useState } from 'preact/hooks';
import type { OrgView } from '../../protocol/http-schema.ts';
import { authApi } from './account-api.ts';
import { Link } from './link.tsx';
import { OrgAudit } from './org-audit.tsx';
import { OrgInvite } from './org-invite.tsx';
import { OrgMembers } from './org-members.tsx';
import { OrgProcesses } from './org-processes.tsx';
import { OrgSettings } from './org-settings.tsx';
import { usePageTitle } from './page-title.ts';
import { path } from './route.ts';
import { ta } from './ta.ts';
import { errorText, t } from './t.ts';

/**
 * An organisation's administration (org_admin): settings, members and their roles, invitations,
 * its dialogue processes (close, retention, erase) and the audit log, where every change is
 * recorded.
 */
export function OrgPage({ id, onUnauthenticated }: { id: string; onUnauthenticated(): void }) {
  const [org, setOrg] = useState<OrgView | null>(null);
  const [error, setError] = useState<string | null>(null);
  usePageTitle(org ? ta('a.org.title', { name: org.name }) : ta('a.org.titlePlain'));

  useEffect(() => {
    void authApi<OrgView[]>('GET', '/api/orgs').then((r) => {
      if (!r.ok) return r.status === 401 ? onUnauthenticated() : setError(errorText(r.code));
      const found = r.data.find((o) => o.id === id && o.roles.includes('org_admin'));
      if (found) setOrg(found);
      else setError(ta('a.org.notFound'));
    });
  }, [id]);

  return (
    <div class="a-org">
      <p class="pp-back">
        <Link href={path('/')}>{t('f.new.back')}</Link>
      </p>
      <h1 id="page-title" tabIndex={-1}>
        {org ? ta('a.org.title', { name: org.name }) : ta('a.org.titlePlain')}
      </h1>
      {error && <p class="error-text">{error}</p>}
      {!org && !error && (
        <p class="status" role="status">
          {ta('a.loading')}
        </p>
      )}
      {org && (
        <>
          <OrgSettings org={org} onSaved={setOrg} />
          <OrgMembers id={id} />
          <OrgInvite id={id} />
          <OrgProcesses id={id} orgMonths={org.retentionMonths} />
          <OrgAudit id={id} />
        </>
      )}
    </div>
  );
}
