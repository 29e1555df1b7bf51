import type { ComponentChildren } from 'preact';
import { t } from './t.ts';

/** A labelled input or textarea with an optional hint and error, tied together for AT. */
export function TextField(props: {
  id: string;
  label: string;
  value: string;
  onInput(v: string): void;
  type?: 'text' | 'email' | 'password' | 'number';
  required?: boolean;
  hint?: string;
  error?: string | undefined;
  autocomplete?: string;
  maxLength?: number;
  min?: number;
  max?: number;
  multiline?: boolean;
  children?: ComponentChildren;
}) {
  const { id, error, hint } = props;
  const described = [hint ? `${id}-hint` : '', error ? `${id}-err` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: id,
    value: props.value,
    required: props.required,
    maxLength: props.maxLength,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': described,
  };
  return (
    <div class="field">
      <label for={id}>
        {props.label}
        {props.required && <span class="f-required"> ({t('f.form.required')})</span>}
      </label>
      {props.multiline ? (
        <textarea {...common} rows={3} onInput={(e) => props.onInput(e.currentTarget.value)} />
      ) : (
        <div class="f-input-row">
          <input
            {...common}
            type={(props.type ?? 'text') as 'text'}
            autoComplete={props.autocomplete}
            min={props.min}
            max={props.max}
            onInput={(e) => props.onInput(e.currentTarget.value)}
          />
          {props.children}
        </div>
      )}
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="error-text" id={`${id}-err`}>
          {error}
        </p>
      )}
    </div>
  );
}
