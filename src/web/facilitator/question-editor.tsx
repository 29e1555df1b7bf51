import { LANGS, LIMITS, type Question } from '../../domain/types.ts';
import { t } from './t.ts';

/** One question of a table in fi / sv / en, with move up / down and remove. */
export function QuestionEditor(props: {
  q: Question;
  index: number;
  count: number;
  tableId: string;
  disabled: boolean;
  onText(lang: (typeof LANGS)[number], text: string): void;
  onMove(delta: -1 | 1): void;
  onRemove(): void;
}) {
  const { q, index, count, tableId, disabled } = props;
  const n = index + 1;
  const base = `q-${tableId}-${q.id}`;
  return (
    <li class="f-question">
      <fieldset>
        <legend>{t('f.table.question', { n })}</legend>
        {LANGS.map((l) => (
          <div class="field" key={l}>
            <label for={`${base}-${l}`}>{t(`lang.${l}`)}</label>
            <textarea
              id={`${base}-${l}`}
              lang={l}
              rows={2}
              maxLength={LIMITS.questionMax}
              value={q.text[l]}
              disabled={disabled}
              onInput={(e) => props.onText(l, e.currentTarget.value)}
            />
          </div>
        ))}
        <div class="f-row-buttons">
          <button
            type="button"
            id={`${base}-up`}
            aria-label={`${t('f.table.up')} ${t('f.table.questionN', { n })}`}
            disabled={disabled || index === 0}
            onClick={() => props.onMove(-1)}
          >
            {t('f.table.up')}
          </button>
          <button
            type="button"
            id={`${base}-down`}
            aria-label={`${t('f.table.down')} ${t('f.table.questionN', { n })}`}
            disabled={disabled || index === count - 1}
            onClick={() => props.onMove(1)}
          >
            {t('f.table.down')}
          </button>
          <button
            type="button"
            class="danger"
            aria-label={`${t('f.table.remove')} ${t('f.table.questionN', { n })}`}
            disabled={disabled}
            onClick={props.onRemove}
          >
            {t('f.table.remove')}
          </button>
        </div>
      </fieldset>
    </li>
  );
}
