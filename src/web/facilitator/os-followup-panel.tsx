import { lang, t } from './t.ts';

/**
 * The follow-up agreement (what we heard, development needs, who takes each theme forward and
 * by when, the next meeting) is written on the process page; this panel points there.
 */
export function OsFollowupPanel({ processId }: { processId: string }) {
  const href = `/${lang}/processes/${encodeURIComponent(processId)}/followup`;
  return (
    <section class="f-os-followup f-note-box" aria-labelledby="os-followup-h">
      <h3 id="os-followup-h">{t('f.os.followup.title')}</h3>
      <p>{t('f.os.followup.body')}</p>
      <ul>
        <li>{t('f.os.followup.q1')}</li>
        <li>{t('f.os.followup.q2')}</li>
        <li>{t('f.os.followup.q3')}</li>
        <li>{t('f.os.followup.q4')}</li>
      </ul>
      <p>
        <a class="button primary" href={href} target="_blank" rel="noopener">
          {t('f.os.followup.open')}
          <span class="visually-hidden"> {t('f.os.newTab')}</span>
        </a>
      </p>
      <p class="hint">{t('f.os.followup.hint')}</p>
    </section>
  );
}
