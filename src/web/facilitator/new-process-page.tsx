import { useState } from 'preact/hooks';
import { LANGS, LIMITS, type Lang } from '../../domain/types.ts';
import type { ProcessSummary } from '../../protocol/http-schema.ts';
import { api } from '../shared/api.ts';
import { FormError } from './form-error.tsx';
import { Link } from './link.tsx';
import { usePageTitle } from './page-title.ts';
import { navigate, path } from './route.ts';
import { errorText, fieldLabel, lang, t } from './t.ts';
import { TextField } from './text-field.tsx';

type Field = 'name' | 'organisation' | 'unit' | 'purpose' | 'tableCount' | 'roundMinutes';
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

/** A new dialogue process from the HKD template; its session 1 opens in the console. */
export function NewProcessPage({ onUnauthenticated }: { onUnauthenticated(): void }) {
  const [v, setV] = useState({ name: '', organisation: '', unit: '', purpose: '' });
  const [pLang, setPLang] = useState<Lang>(lang);
  const [tableCount, setTableCount] = useState(4);
  const [roundMinutes, setRoundMinutes] = useState<number>(LIMITS.defaultRoundMinutes);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<{ text: string; n: number } | null>(null);
  const [busy, setBusy] = useState(false);
  usePageTitle(t('f.new.title'));

  const set = (k: keyof typeof v) => (x: string) => setV((o) => ({ ...o, [k]: x }));
  const fail = (text: string) => setError((e) => ({ text, n: (e?.n ?? 0) + 1 }));

  const submit = async (e: Event) => {
    e.preventDefault();
    const errs: Partial<Record<Field, string>> = {};
    if (!v.name.trim()) errs.name = t('f.form.fill', { field: fieldLabel('name') });
    if (!v.organisation.trim()) errs.organisation = t('f.form.fill', { field: fieldLabel('organisation') });
    setErrors(errs);
    if (Object.keys(errs).length > 0) return fail(t('f.form.check', { n: Object.keys(errs).length }));
    setBusy(true);
    const body = {
      name: v.name.trim(),
      organisation: v.organisation.trim(),
      unit: v.unit.trim(),
      purpose: v.purpose.trim(),
      lang: pLang,
      tableCount,
      roundMinutes,
    };
    const r = await api<ProcessSummary>('POST', '/api/processes', body);
    setBusy(false);
    if (r.ok) {
      const s = r.data.sessions[0];
      return navigate(s ? path(`/sessions/${encodeURIComponent(s.id)}`) : path('/'));
    }
    if (r.status === 401) return onUnauthenticated();
    if (r.field) setErrors({ [r.field]: errorText(r.code, { field: r.field }) });
    fail(errorText(r.code, r.field ? { field: r.field } : undefined));
  };

  return (
    <div class="f-narrow">
      <p class="f-back">
        <Link href={path('/')}>{t('f.new.back')}</Link>
      </p>
      <h1 id="page-title" tabIndex={-1}>
        {t('f.new.title')}
      </h1>
      <p>{t('f.new.intro')}</p>
      <form onSubmit={submit} noValidate>
        <FormError message={error?.text ?? null} n={error?.n ?? 0} />
        <TextField
          id="np-name"
          label={fieldLabel('name')}
          hint={t('f.new.nameHint')}
          value={v.name}
          onInput={set('name')}
          error={errors.name}
          maxLength={120}
          required
        />
        <TextField
          id="np-org"
          label={fieldLabel('organisation')}
          value={v.organisation}
          onInput={set('organisation')}
          error={errors.organisation}
          maxLength={120}
          required
        />
        <TextField id="np-unit" label={fieldLabel('unit')} value={v.unit} onInput={set('unit')} error={errors.unit} maxLength={120} />
        <TextField
          id="np-purpose"
          label={fieldLabel('purpose')}
          hint={t('f.new.purposeHint')}
          value={v.purpose}
          onInput={set('purpose')}
          error={errors.purpose}
          maxLength={2000}
          multiline
        />
        <div class="f-three">
          <div class="field">
            <label for="np-lang">{fieldLabel('lang')}</label>
            <select id="np-lang" value={pLang} onChange={(e) => setPLang(e.currentTarget.value as Lang)}>
              {LANGS.map((l) => (
                <option key={l} value={l}>
                  {t(`lang.${l}`)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="np-tables">{fieldLabel('tableCount')}</label>
            <select
              id="np-tables"
              aria-describedby="np-tables-hint"
              value={String(tableCount)}
              onChange={(e) => setTableCount(Number(e.currentTarget.value))}
            >
              {range(LIMITS.minTables, LIMITS.maxTables).map((n) => (
                <option key={n} value={String(n)}>
                  {n}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="np-minutes">{fieldLabel('roundMinutes')}</label>
            <select id="np-minutes" value={String(roundMinutes)} onChange={(e) => setRoundMinutes(Number(e.currentTarget.value))}>
              {range(LIMITS.minRoundMinutes, LIMITS.maxRoundMinutes).map((m) => (
                <option key={m} value={String(m)}>
                  {t('f.settings.minutes', { n: m })}
                </option>
              ))}
            </select>
          </div>
        </div>
        <p class="hint" id="np-tables-hint">
          {t('f.new.tablesHint')}
        </p>
        <button type="submit" class="primary" disabled={busy}>
          {t('f.new.submit')}
        </button>
      </form>
    </div>
  );
}
