/** A choice of one (radio buttons) in a fieldset whose legend names it; the error is tied to the group. */
export function Choice<V extends string>(props: {
  id: string;
  legend: string;
  hint?: string;
  options: readonly V[];
  label(v: V): string;
  value: V | null;
  onChange(v: V): void;
  error?: string | undefined;
}) {
  const described = [props.hint ? `${props.id}-hint` : '', props.error ? `${props.id}-err` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset id={props.id} class="pr-choice" aria-describedby={described} tabIndex={-1}>
      <legend>{props.legend}</legend>
      {props.hint && (
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.options.map((v) => (
        <label key={v} class="pr-check">
          <input type="radio" name={props.id} value={v} checked={props.value === v} onChange={() => props.onChange(v)} />
          {props.label(v)}
        </label>
      ))}
      {props.error && (
        <p class="error-text" id={`${props.id}-err`}>
          {props.error}
        </p>
      )}
    </fieldset>
  );
}
