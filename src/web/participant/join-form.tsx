import { useEffect, useRef, useState } from 'preact/hooks';
import { LIMITS } from '../../domain/types.ts';
import { statementLinkAr } from '../../i18n/statement-link.ar.ts';
import { statementLinkEn } from '../../i18n/statement-link.en.ts';
import { statementLinkFi } from '../../i18n/statement-link.fi.ts';
import { statementLinkSo } from '../../i18n/statement-link.so.ts';
import { statementLinkSv } from '../../i18n/statement-link.sv.ts';
import type { JoinResponse } from '../../protocol/http-schema.ts';
import { api } from '../shared/api.ts';
import { formatJoinCode, normalizeJoinCode } from '../shared/p-join-code.ts';
import { loadJoin, saveJoin, type StoredJoin } from './join-store.ts';
import { LangSwitch } from './lang-switch.tsx';
import { content, errorText, lang, t } from './texts.ts';

/** The accessibility statement's link text (the statement itself is in the facilitator app). */
const STATEMENT_LINK = { fi: statementLinkFi, sv: statementLinkSv, en: statementLinkEn, ar: statementLinkAr, so: statementLinkSo };

interface Props {
  initialCode: string;
  /** a message to show at once (e.g. "your place was not found, join again") */
  notice: string | null;
  onJoined(code: string, j: StoredJoin): void;
}

/** Join with a code: no account, no e-mail. The name is optional and says where it is shown. */
export function JoinForm({ initialCode, notice, onJoined }: Props) {
  const [code, setCode] = useState(formatJoinCode(initialCode));
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ text: string; n: number } | null>(notice ? { text: notice, n: 0 } : null);
  const errRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (error) errRef.current?.focus();
  }, [error]);

  const show = (text: string) => setError((e) => ({ text, n: (e?.n ?? 0) + 1 }));

  async function submit(e: Event) {
    e.preventDefault();
    if (busy) return;
    const c = normalizeJoinCode(code);
    if (!c) return show(t('join.codeMissing'));
    const stored = loadJoin(c);
    if (stored) return onJoined(c, stored);
    setBusy(true);
    const n = name.replace(/\s+/g, ' ').trim();
    // the content language (fi/sv/en): an Arabic or Somali phone joins as English [docs/adr/0007]
    const r = await api<JoinResponse>('POST', '/api/join', { code: c, lang: content, ...(n ? { name: n } : {}) });
    setBusy(false);
    if (r.ok) {
      saveJoin(c, r.data);
      onJoined(c, r.data);
    } else {
      show(r.code === 'offline' ? t('join.offline') : errorText(r.code));
    }
  }

  const codePath = normalizeJoinCode(code);
  return (
    <>
      <header class="p-header p-join-header">
        <p class="p-app-name">{t('participant.title')}</p>
        <LangSwitch path={codePath ? `/join/${codePath}` : '/join'} />
      </header>
      <main id="main" class="p-main">
        <h1 class="p-h1">{t('join.heading')}</h1>
        <p>{t('join.intro')}</p>
        <form class="p-join" onSubmit={submit} noValidate>
          <div class="field">
            <label for="join-code">{t('join.code')}</label>
            <input
              id="join-code"
              class="p-code-input"
              name="code"
              value={code}
              onInput={(e) => setCode(e.currentTarget.value.toUpperCase())}
              autocomplete="off"
              autocapitalize="characters"
              spellcheck={false}
              maxLength={20}
              aria-describedby="join-code-hint"
              aria-invalid={error ? true : undefined}
            />
            <p id="join-code-hint" class="hint">
              {t('join.codeHint')}
            </p>
          </div>
          <div class="field">
            <label for="join-name">{t('join.name')}</label>
            <input
              id="join-name"
              dir="auto"
              name="name"
              value={name}
              onInput={(e) => setName(e.currentTarget.value)}
              autocomplete="nickname"
              maxLength={LIMITS.nameMax}
              aria-describedby="join-name-hint"
            />
            <p id="join-name-hint" class="hint">
              {t('join.nameHint')}
            </p>
          </div>
          <div ref={errRef} class="p-error" tabIndex={-1} aria-live="polite">
            {error ? <p class="error-text">{error.text}</p> : null}
          </div>
          <button type="submit" class="primary p-big" aria-disabled={busy ? true : undefined}>
            {busy ? t('join.joining') : t('join.submit')}
          </button>
        </form>
      </main>
      <footer class="p-footer">
        {/* the statement itself is fi/sv/en: an Arabic or Somali page links to the English one */}
        <a href={`/${content}/accessibility`} hreflang={content}>
          {STATEMENT_LINK[lang]['st.title']}
        </a>
      </footer>
    </>
  );
}
