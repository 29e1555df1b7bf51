import { useEffect, useState } from 'preact/hooks';
import { LIMITS } from '../../domain/types.ts';
import { t } from './t.ts';
import type { Run } from './use-commands.ts';

/**
 * The most people per group. When a group is full, the next person who chooses the theme
 * starts a new group of it. "No limit" takes the limit away.
 */
export function OsCapForm({ cap, run, disabled }: { cap: number | null; run: Run; disabled: boolean }) {
  const [value, setValue] = useState(cap === null ? '' : String(cap));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setValue(cap === null ? '' : String(cap)), [cap]);

  const save = (e: Event) => {
    e.preventDefault();
    const n = Number(value);
    if (!Number.isInteger(n) || n < LIMITS.minCap || n > LIMITS.maxCap) {
      setError(t('f.os.cap.error', { min: LIMITS.minCap, max: LIMITS.maxCap }));
      return;
    }
    setError(null);
    if (n !== cap) run({ type: 'os.setCap', cap: n }, t('f.os.ok.cap', { n }));
  };
  const described = ['os-cap-hint', error ? 'os-cap-err' : ''].filter(Boolean).join(' ');

  return (
    <form class="f-os-cap" onSubmit={save} aria-labelledby="os-cap-h">
      <h3 id="os-cap-h">{t('f.os.cap.title')}</h3>
      <p class="f-os-cap-now" data-testid="os-cap-now">
        {cap === null ? t('f.os.cap.none') : t('f.os.cap.now', { n: cap })}
      </p>
      <label for="os-cap">{t('f.os.cap.label')}</label>
      <div class="f-inline f-os-cap-row">
        <input
          id="os-cap"
          type="number"
          inputMode="numeric"
          min={LIMITS.minCap}
          max={LIMITS.maxCap}
          value={value}
          disabled={disabled}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={described}
          onInput={(e) => setValue(e.currentTarget.value)}
        />
        <button type="submit" class="f-small" disabled={disabled || value === ''}>
          {t('f.os.cap.set')}
        </button>
        <button
          type="button"
          class="f-small"
          disabled={disabled || cap === null}
          onClick={() => {
            setError(null);
            run({ type: 'os.setCap', cap: null }, t('f.os.ok.noCap'));
          }}
        >
          {t('f.os.cap.clear')}
        </button>
      </div>
      <p class="hint" id="os-cap-hint">
        {t('f.os.cap.hint')}
      </p>
      {error && (
        <p class="error-text" id="os-cap-err">
          {error}
        </p>
      )}
    </form>
  );
}
