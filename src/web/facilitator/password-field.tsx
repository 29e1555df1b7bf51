import { useState } from 'preact/hooks';
import { t } from './t.ts';
import { TextField } from './text-field.tsx';

/** A password field with a show / hide toggle. */
export function PasswordField(props: {
  id: string;
  label: string;
  value: string;
  onInput(v: string): void;
  hint?: string;
  error?: string | undefined;
  autocomplete: string;
  required?: boolean;
}) {
  const [shown, setShown] = useState(false);
  return (
    <TextField {...props} type={shown ? 'text' : 'password'} maxLength={200}>
      <button type="button" class="f-show-pw" aria-controls={props.id} aria-pressed={shown} onClick={() => setShown((s) => !s)}>
        {t('f.password.show')}
      </button>
    </TextField>
  );
}
