import { useState } from 'preact/hooks';
import { LANGS } from '../../domain/types.ts';
import { authApi } from './account-api.ts';
import { pathInLang } from './route.ts';
import { ta } from './ta.ts';
import { lang, t } from './t.ts';

/** The language of the app and of the account's e-mails (the page loads again in it). */
export function AccountLanguage() {
  const [choice, setChoice] = useState<string>(lang);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    await authApi('PATCH', '/api/me', { lang: choice });
    location.assign(pathInLang(choice));
  };
  return (
    <section class="pp-card" aria-labelledby="a-lang-title">
      <h2 id="a-lang-title">{ta('a.lang.title')}</h2>
      <form onSubmit={submit} class="a-row-form">
        <div class="field">
          <label for="a-lang">{ta('a.lang.label')}</label>
          <select id="a-lang" value={choice} onChange={(e) => setChoice(e.currentTarget.value)}>
            {LANGS.map((l) => (
              <option key={l} value={l} lang={l}>
                {t(`lang.${l}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={busy || choice === lang}>
          {ta('a.lang.submit')}
        </button>
      </form>
    </section>
  );
}
