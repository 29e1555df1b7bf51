import type { Lang, Texts } from '../../domain/types.ts';
import { pickText } from '../../i18n/langs.ts';

/**
 * Text the facilitator wrote (a question, a table title) in the page's content language, or in
 * Finnish when it has no translation, marked with the language it is in. Content languages are
 * all left to right, so inside an Arabic page it is its own left-to-right island.
 */
export function ContentText({ texts, want }: { texts: Texts; want: Lang }) {
  const c = pickText(texts, want);
  return (
    <span lang={c.lang} dir="ltr">
      {c.text}
    </span>
  );
}
