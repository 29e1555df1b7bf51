import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang } from '../../domain/types.ts';
import { lang, t, tIn, type SKey } from './texts.ts';

/** The projector's second language (a session setting), or null for one language. */
export const SecondLang = createContext<Lang | null>(null);

export function useSecondLang(): Lang | null {
  return useContext(SecondLang);
}

/**
 * A fixed text in the page's language and, when the session has a second language, in that one
 * too: side by side where there is room, stacked where not; the second one quieter. Each part
 * carries its own lang. Texts written by people (notes, themes) never go through here.
 */
export function BiText({ first, second }: { first: string; second: string | null }) {
  const l2 = useSecondLang();
  if (!l2 || second === null || second === first) return <>{first}</>;
  return (
    <span class="s-bi">
      <span class="s-first" lang={lang}>
        {first}
      </span>
      <span class="s-second" lang={l2}>
        {second}
      </span>
    </span>
  );
}

/** A catalogue text of the projector in both languages. */
export function Bi({ k, params }: { k: SKey; params?: Record<string, string | number> }) {
  const l2 = useSecondLang();
  return <BiText first={t(k, params)} second={l2 ? tIn(l2)(k, params) : null} />;
}

/** A phase heading: plain text, or both languages (see BiText). */
export type Heading = ComponentChildren;
