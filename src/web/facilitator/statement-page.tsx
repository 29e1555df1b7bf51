import { bootData } from '../shared/i18n.ts';
import { usePageTitle } from './page-title.ts';
import { lang } from './t.ts';
import { tst } from './tst.ts';

/** The day the statement was prepared: update it with the texts in src/i18n/statement.*.ts. */
export const STATEMENT_DATE = '2026-12-01';

const SUPERVISOR_URL = 'https://www.saavutettavuusvaatimukset.fi/';

function statementDate(): string {
  try {
    const locale = lang === 'en' ? 'en-GB' : lang === 'sv' ? 'sv-FI' : 'fi-FI';
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${STATEMENT_DATE}T00:00:00Z`));
  } catch {
    return STATEMENT_DATE;
  }
}

/** The installation's feedback contact (ACCESSIBILITY_CONTACT, on <body data-accessibility-contact>). */
function Contact() {
  const c = bootData('accessibilityContact').trim();
  if (/^https:\/\/\S+$/.test(c)) {
    return (
      <p>
        {tst('st.feedback.web')} <a href={c}>{c}</a>
      </p>
    );
  }
  if (/^[^\s@]+@[^\s@]+$/.test(c)) {
    return (
      <p>
        {tst('st.feedback.email')} <a href={`mailto:${c}`}>{c}</a>
      </p>
    );
  }
  return <p>{tst('st.feedback.none')}</p>;
}

/**
 * The accessibility statement (saavutettavuusseloste, Act 306/2019): public, no sign-in. Plain
 * HTML: one h1, a section with an h2 for each part the law asks for, lists and links.
 */
export function StatementPage() {
  usePageTitle(tst('st.title'));
  return (
    <div class="f-narrow f-statement">
      <h1 id="page-title" tabIndex={-1}>
        {tst('st.title')}
      </h1>
      <p>{tst('st.intro')}</p>

      <section>
        <h2>{tst('st.scope.title')}</h2>
        <p>{tst('st.scope.text')}</p>
        <ul>
          <li>{tst('st.scope.facilitator')}</li>
          <li>{tst('st.scope.participant')}</li>
          <li>{tst('st.scope.screen')}</li>
          <li>{tst('st.scope.survey')}</li>
          <li>{tst('st.scope.reports')}</li>
        </ul>
        <p>{tst('st.scope.operator')}</p>
      </section>

      <section>
        <h2>{tst('st.status.title')}</h2>
        <p>{tst('st.status.text')}</p>
      </section>

      <section>
        <h2>{tst('st.gaps.title')}</h2>
        <p>{tst('st.gaps.intro')}</p>
        <ul>
          <li>{tst('st.gaps.pdf')}</li>
          <li>{tst('st.gaps.pdfScripts')}</li>
          <li>{tst('st.gaps.lang')}</li>
          <li>{tst('st.gaps.images')}</li>
          <li>{tst('st.gaps.drawing')}</li>
        </ul>
      </section>

      <section>
        <h2>{tst('st.method.title')}</h2>
        <p>{tst('st.method.text')}</p>
        <ul>
          <li>{tst('st.method.axe')}</li>
          <li>{tst('st.method.keyboard')}</li>
        </ul>
        <p>{tst('st.method.notYet')}</p>
      </section>

      <section>
        <h2>{tst('st.date.title')}</h2>
        <p>{tst('st.date.text', { date: statementDate() })}</p>
      </section>

      <section id="st-feedback">
        <h2>{tst('st.feedback.title')}</h2>
        <p>{tst('st.feedback.text')}</p>
        <Contact />
      </section>

      <section id="st-enforcement">
        <h2>{tst('st.enforce.title')}</h2>
        <p>{tst('st.enforce.text')}</p>
        <p>
          {tst('st.enforce.how')} <a href={SUPERVISOR_URL}>www.saavutettavuusvaatimukset.fi</a>
        </p>
      </section>
    </div>
  );
}
