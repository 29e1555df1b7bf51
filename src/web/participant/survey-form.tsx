import { useRef, useState } from 'preact/hooks';
import type { SurveyValue } from '../../domain/survey.ts';
import type { PublicSurveyView } from '../../protocol/survey-schema.ts';
import { ts, type SKey } from './survey-texts.ts';

const SCALE = [1, 2, 3, 4, 5] as const;
/** not chosen yet; null is the answer "can't say" */
type Choice = SurveyValue | undefined;

interface Props {
  view: PublicSurveyView;
  busy: boolean;
  /** an error from sending, shown with the form's own */
  sendError: string | null;
  onSend(values: SurveyValue[]): void;
}

function ItemField({
  index,
  text,
  lang,
  value,
  onChange,
}: {
  index: number;
  text: string;
  lang: string;
  value: Choice;
  onChange(v: SurveyValue): void;
}) {
  const name = `sv-${index}`;
  return (
    <fieldset class="os-scale sv-item" id={`${name}-set`}>
      <legend>
        {`${index + 1}. `}
        <span lang={lang} dir="ltr">
          {text}
        </span>
      </legend>
      <div class="os-scale-row">
        {SCALE.map((v) => (
          <label key={v} class="os-scale-opt">
            <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} />
            <span class="os-scale-n">{v}</span>
            <span class="visually-hidden"> {ts(`survey.scale${v}` as SKey)}</span>
          </label>
        ))}
      </div>
      <p class="os-scale-ends" aria-hidden="true">
        <span>{ts('survey.scale1')}</span>
        <span>{ts('survey.scale5')}</span>
      </p>
      <label class="sv-cantsay">
        <input type="radio" name={name} value="" checked={value === null} onChange={() => onChange(null)} />
        <span>{ts('survey.cantSay')}</span>
      </label>
    </fieldset>
  );
}

/** One radio group (fieldset + legend) per item: 1–5 or "can't say"; every item needs a choice. */
export function SurveyForm({ view, busy, sendError, onSend }: Props) {
  const [choices, setChoices] = useState<Choice[]>(() => view.items.map(() => undefined));
  const [missing, setMissing] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  const submit = (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const first = choices.findIndex((c) => c === undefined);
    const left = choices.filter((c) => c === undefined).length;
    setMissing(left);
    if (first >= 0) {
      formRef.current?.querySelector<HTMLInputElement>(`#sv-${first}-set input`)?.focus();
      return;
    }
    onSend(choices.map((c) => c ?? null));
  };
  const set = (i: number, v: SurveyValue) => {
    const next = choices.map((c, j) => (j === i ? v : c));
    setChoices(next);
    if (missing > 0) setMissing(next.filter((c) => c === undefined).length);
  };

  return (
    <form ref={formRef} class="os-feedback sv-form" noValidate onSubmit={submit}>
      <p class="hint">{ts('survey.scaleHint')}</p>
      {view.items.map((item, i) => (
        <ItemField key={item.id} index={i} text={item.text} lang={view.lang} value={choices[i]} onChange={(v) => set(i, v)} />
      ))}
      <div aria-live="polite">
        {missing > 0 ? <p class="error-text">{ts('survey.missing', { n: missing })}</p> : null}
        {sendError ? <p class="error-text">{sendError}</p> : null}
        {busy ? <p>{ts('survey.sending')}</p> : null}
      </div>
      <button type="submit" class="primary p-big" aria-disabled={busy ? true : undefined}>
        {ts('survey.send')}
      </button>
    </form>
  );
}
