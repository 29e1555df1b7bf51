import type { Table } from '../../domain/types.ts';
import { ContentText } from '../shared/content-text.tsx';
import { content, t } from './texts.ts';

/** The table's questions in my content language (Finnish when a translation is missing). */
export function QuestionList({ table }: { table: Table }) {
  return (
    <section class="p-section" aria-labelledby="questions-h">
      <h2 id="questions-h">{t('round.questions')}</h2>
      {table.questions.length === 0 ? (
        <p>{t('round.noQuestions')}</p>
      ) : (
        <ol class="p-questions">
          {table.questions.map((q) => (
            <li key={q.id}>
              <ContentText texts={q.text} want={content} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
