import { useEffect, useState } from 'preact/hooks';
import type { AuditView } from '../../protocol/http-schema.ts';
import { authApi } from './account-api.ts';
import { ta, type AKey } from './ta.ts';
import { errorText, lang } from './t.ts';

/** Rows shown on the page; the CSV download has them all. */
const SHOWN = 100;

const ACTIONS: Record<string, AKey> = {
  signin: 'a.act.signin',
  'signin.failed': 'a.act.signinFailed',
  'signin.locked': 'a.act.signinLocked',
  'signin.2fa_failed': 'a.act.signin2faFailed',
  'signout.everywhere': 'a.act.signoutEverywhere',
  'password.change': 'a.act.passwordChange',
  'password.reset': 'a.act.passwordReset',
  '2fa.enable': 'a.act.mfaEnable',
  '2fa.disable': 'a.act.mfaDisable',
  '2fa.recovery_codes': 'a.act.mfaCodes',
  'org.settings': 'a.act.orgSettings',
  'role.set': 'a.act.roleSet',
  'invite.create': 'a.act.inviteCreate',
  'audit.view': 'a.act.auditView',
  'process.close': 'a.act.processClose',
  'process.reopen': 'a.act.processReopen',
  'retention.set': 'a.act.retentionSet',
  erase: 'a.act.erase',
};

function actionText(action: string): string {
  const key = ACTIONS[action];
  return key ? ta(key) : action;
}

function when(ms: number): string {
  try {
    return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { dateStyle: 'short', timeStyle: 'medium' }).format(ms);
  } catch {
    return new Date(ms).toISOString();
  }
}

/**
 * The organisation's audit log, newest first, with the whole log as a CSV download. Each load is
 * itself recorded (audit.view), so it loads once and again only when asked.
 */
export function OrgAudit({ id }: { id: string }) {
  const [entries, setEntries] = useState<AuditView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  const [busy, setBusy] = useState(false);
  const url = `/api/orgs/${encodeURIComponent(id)}/audit`;

  useEffect(() => {
    setBusy(true);
    void authApi<AuditView[]>('GET', url).then((r) => {
      setBusy(false);
      if (r.ok) setEntries([...r.data].sort((a, b) => b.at - a.at || b.id - a.id));
      else setError(errorText(r.code));
    });
  }, [url, reload]);

  const shown = entries?.slice(0, SHOWN) ?? [];
  return (
    <section class="pp-card" aria-labelledby="org-audit-title">
      <h2 id="org-audit-title">{ta('a.audit.title')}</h2>
      <p class="a-actions">
        <button type="button" onClick={() => setReload((n) => n + 1)} disabled={busy}>
          {ta('a.audit.refresh')}
        </button>
        <a class="button" href={`${url}?format=csv&lang=${lang}`} download="audit-log.csv">
          {ta('a.audit.csv')}
        </a>
      </p>
      {error && <p class="error-text">{error}</p>}
      {!entries && !error && <p class="status">{ta('a.loading')}</p>}
      {entries && (
        <div class="pp-table-wrap" tabIndex={0} role="region" aria-labelledby="org-audit-caption">
          <table class="pp-table a-audit">
            <caption id="org-audit-caption">
              {entries.length > SHOWN
                ? ta('a.audit.captionSome', { n: SHOWN, all: entries.length })
                : ta('a.audit.caption', { n: entries.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{ta('a.audit.time')}</th>
                <th scope="col">{ta('a.audit.user')}</th>
                <th scope="col">{ta('a.audit.action')}</th>
                <th scope="col">{ta('a.audit.target')}</th>
                <th scope="col">{ta('a.audit.ip')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((e) => (
                <tr key={e.id}>
                  <td>
                    <time dateTime={new Date(e.at).toISOString()}>{when(e.at)}</time>
                  </td>
                  <td>{e.user ?? ta('a.audit.system')}</td>
                  <td>{actionText(e.action)}</td>
                  <td class="f-mono">{e.target}</td>
                  <td class="f-mono">{e.ip ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
