import { useState } from 'preact/hooks';
import { SURVEY_LIMITS, type SurveyItem } from '../../domain/survey.ts';
import { LANGS, type Lang } from '../../domain/types.ts';
import { papi, problemText, processApi } from './process-api.ts';
import { tsv, type SvKey } from './tsv.ts';

const IN_LANG: Record<Lang, SvKey> = { fi: 'survey.f.inFi', sv: 'survey.f.inSv', en: 'survey.f.inEn' };

function newItemId(): string {
  return `item-${Math.random().toString(36).slice(2, 10)}`;
}

/** One statement: its text in each language (the process language required). */
function ItemFields(props: { item: SurveyItem; n: number; required: Lang; onText(l: Lang, v: string): void; onRemove?: () => void }) {
  const { item, n } = props;
  return (
    <fieldset class="sv-edit-item">
      <legend>{tsv('survey.f.itemN', { n })}</legend>
      {LANGS.map((l) => {
        const id = `sv-${item.id}-${l}`;
        return (
          <div class="field" key={l}>
            <label for={id}>{tsv(IN_LANG[l])}</label>
            <input
              id={id}
              lang={l}
              value={item.text[l]}
              maxLength={SURVEY_LIMITS.itemTextMax}
              required={l === props.required}
              aria-required={l === props.required ? true : undefined}
              onInput={(e) => props.onText(l, e.currentTarget.value)}
            />
          </div>
        );
      })}
      {props.onRemove && (
        <button type="button" onClick={props.onRemove}>
          {tsv('survey.f.remove', { n })}
        </button>
      )}
    </fieldset>
  );
}

/** The statements of both surveys, editable until the first answer. [SPEC WB2] */
export function SurveyItemsEditor(props: { processId: string; initial: SurveyItem[]; lang: Lang; onSaved(): void }) {
  const [items, setItems] = useState<SurveyItem[]>(props.initial);
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const setText = (i: number, l: Lang, v: string) =>
    setItems((xs) => xs.map((x, j) => (j === i ? { ...x, text: { ...x.text, [l]: v } } : x)));

  const save = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    const r = await papi('PUT', processApi(props.processId, '/survey-items'), { items });
    setBusy(false);
    setStatus(r.ok ? { error: false, text: tsv('survey.f.saved') } : { error: true, text: problemText(r) });
    if (r.ok) props.onSaved();
  };

  return (
    <details class="sv-editor">
      <summary>{tsv('survey.f.edit')}</summary>
      <p class="hint">{tsv('survey.f.editHint')}</p>
      <form onSubmit={save} noValidate>
        {items.map((item, i) => (
          <ItemFields
            key={item.id}
            item={item}
            n={i + 1}
            required={props.lang}
            onText={(l, v) => setText(i, l, v)}
            {...(items.length > SURVEY_LIMITS.minItems ? { onRemove: () => setItems((xs) => xs.filter((_, j) => j !== i)) } : {})}
          />
        ))}
        {items.length < SURVEY_LIMITS.maxItems && (
          <button type="button" onClick={() => setItems((xs) => [...xs, { id: newItemId(), text: { fi: '', sv: '', en: '' } }])}>
            {tsv('survey.f.add')}
          </button>
        )}
        <div aria-live="polite">{status && <p class={status.error ? 'error-text' : 'status'}>{status.text}</p>}</div>
        <button type="submit" class="primary" aria-disabled={busy ? true : undefined}>
          {tsv('survey.f.save')}
        </button>
      </form>
    </details>
  );
}
