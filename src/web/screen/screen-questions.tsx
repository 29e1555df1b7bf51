import type { Table } from '../../domain/types.ts';
import { ContentText } from '../shared/content-text.tsx';
import { BiText, useSecondLang } from './screen-bi.tsx';
import { content, t } from './texts.ts';
import { useFit } from './use-fit.ts';

/** A table's questions, as many as fit in its card. */
export function ScreenQuestions({ table }: { table: Table }) {
  const l2 = useSecondLang();
  const key = table.questions.map((q) => q.text[content] || q.text.fi).join('|') + (l2 ?? '');
  const fit = useFit<HTMLDivElement>(table.questions.length, key);
  const hidden = table.questions.length - fit.shown;
  return (
    <div class="s-card-body" ref={fit.ref}>
      <ul class="s-questions">
        {table.questions.slice(0, fit.shown).map((q) => (
          <li key={q.id}>
            {l2 ? (
              <BiText first={q.text[content] || q.text.fi} second={q.text[l2] || null} />
            ) : (
              <ContentText texts={q.text} want={content} />
            )}
          </li>
        ))}
      </ul>
      {hidden > 0 && fit.shown > 0 ? <p class="s-more">{t('screen.more', { n: hidden })}</p> : null}
    </div>
  );
}
