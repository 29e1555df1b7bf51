import { PARTICIPANT_LANGS } from '../../domain/types.ts';
import { isRtl } from '../../i18n/langs.ts';
import { lang, t } from './texts.ts';

/**
 * Language links, each named in its own language (endonym) and marked with it: the same page
 * under another prefix; the choice is remembered in vp.lang.
 */
export function LangSwitch({ path }: { path: string }) {
  return (
    <nav class="p-langs" aria-label={t('p.langNav')}>
      <ul>
        {PARTICIPANT_LANGS.map((l) => (
          <li key={l}>
            <a
              href={`/${l}${path}`}
              lang={l}
              hreflang={l}
              dir={isRtl(l) ? 'rtl' : 'ltr'}
              aria-current={l === lang ? 'page' : undefined}
              onClick={() => {
                try {
                  localStorage.setItem('vp.lang', l);
                } catch {
                  // not remembered; the link still works
                }
              }}
            >
              {t(`lang.${l}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
