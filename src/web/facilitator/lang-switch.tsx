import { LANGS } from '../../domain/types.ts';
import type { MeResponse } from '../../protocol/http-schema.ts';
import { api } from '../shared/api.ts';
import { pathInLang } from './route.ts';
import { lang, t } from './t.ts';

/** The same page in another language; a signed-in facilitator's choice is remembered. */
export function LangSwitch({ me }: { me: MeResponse | null | undefined }) {
  const go = async (e: MouseEvent, l: string) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    if (me) await api('PATCH', '/api/me', { lang: l });
    location.assign(pathInLang(l));
  };
  return (
    <nav class="f-lang" aria-label={t('lang.label')}>
      <ul>
        {LANGS.map((l) => (
          <li key={l}>
            <a href={pathInLang(l)} lang={l} hreflang={l} aria-current={l === lang ? 'true' : undefined} onClick={(e) => go(e, l)}>
              {t(`lang.${l}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
