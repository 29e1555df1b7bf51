import { useState } from 'preact/hooks';
import { LIMITS } from '../../domain/types.ts';
import { t } from './texts.ts';

/** Name a new theme; the field empties and keeps focus, so several themes can be added in a row. */
export function NewThemeForm({ onCreate }: { onCreate(name: string): void }) {
  const [name, setName] = useState('');
  const [error, setError] = useState(false);
  return (
    <form
      class="p-new-theme"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const v = name.replace(/\s+/g, ' ').trim();
        if (!v) return setError(true);
        setError(false);
        onCreate(v);
        setName('');
      }}
    >
      <label for="new-theme">{t('theming.newTheme')}</label>
      <div class="p-inline">
        <input
          id="new-theme"
          dir="auto"
          value={name}
          maxLength={LIMITS.themeNameMax}
          onInput={(e) => setName(e.currentTarget.value)}
          autocomplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'new-theme-error' : undefined}
        />
        <button type="submit" class="primary">
          {t('theming.create')}
        </button>
      </div>
      {error ? (
        <p id="new-theme-error" class="error-text">
          {t('theming.nameMissing')}
        </p>
      ) : null}
    </form>
  );
}
