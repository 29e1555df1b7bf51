import { useEffect, useRef, useState } from 'preact/hooks';
import { scanText } from '../../domain/privacy-scan.ts';
import type { PrivacyFinding } from '../../domain/types.ts';
import type { ProcessOutputs } from '../../protocol/http-schema.ts';
import type { LibraryPracticeView } from '../../protocol/library-schema.ts';
import { FormError } from './form-error.tsx';
import { SECTOR_LIST, sectorText, splitKeywords } from './library-format.ts';
import { papi, problemText, processApi } from './process-api.ts';
import { TextField } from './text-field.tsx';
import { t } from './t.ts';
import { tl, type LKey } from './tl.ts';

type Source = ProcessOutputs['practices'][number];
type Scope = 'org' | 'shared';
type Field = 'title' | 'description' | 'keywords' | 'context';
const FIELDS: [Field, LKey][] = [
  ['title', 'l.pub.f.title'],
  ['description', 'l.pub.f.description'],
  ['keywords', 'l.pub.f.keywords'],
  ['context', 'l.pub.f.context'],
];

/** What the privacy scan finds in the copy, field by field (the server answers only "privacy_check"); the theme is not editable here. */
function findingsOf(draft: Record<Field | 'theme', string>): { field: Field | 'theme'; text: string; kind: PrivacyFinding['kind'] }[] {
  return [...FIELDS.map(([f]) => f), 'theme' as const].flatMap((field) =>
    scanText(draft[field]).map((f) => ({ field, text: draft[field].slice(f.start, f.end), kind: f.kind })),
  );
}
const labelOf = (f: Field | 'theme'): LKey => FIELDS.find(([x]) => x === f)?.[1] ?? 'l.practice.theme';

/**
 * The copy to publish: its texts may be edited (they start as the record's), a sector is chosen,
 * and it goes to the organisation's library or — with the commission's consent — the shared one.
 * A privacy finding is shown with the field it is in: edit the copy, or publish it anyway. [SPEC L1–L4]
 */
export function PublishForm(props: {
  id: string;
  processId: string;
  source: Source;
  shared: boolean;
  onPublished(p: LibraryPracticeView): void;
  onCancel(): void;
  onUnauthenticated(): void;
}) {
  const s = props.source;
  const [draft, setDraft] = useState<Record<Field, string>>({
    title: s.title,
    description: s.description,
    keywords: s.keywords.join(', '),
    context: s.context,
  });
  const [sector, setSector] = useState('other');
  const [busy, setBusy] = useState(false);
  const [formError, setFormError] = useState<{ text: string; n: number } | null>(null);
  const [fieldError, setFieldError] = useState<{ field: string; text: string } | null>(null);
  const [review, setReview] = useState<{ scope: Scope; found: ReturnType<typeof findingsOf> } | null>(null);
  const reviewRef = useRef<HTMLDivElement>(null);
  const fid = (f: string) => `${props.id}-${f}`;
  useEffect(() => {
    if (review) reviewRef.current?.focus();
  }, [review]);

  const publish = async (scope: Scope, confirmPrivacy = false) => {
    setBusy(true);
    setFormError(null);
    setFieldError(null);
    const body = {
      practiceId: s.id,
      scope,
      sector,
      title: draft.title,
      description: draft.description,
      keywords: splitKeywords(draft.keywords),
      context: draft.context,
      ...(confirmPrivacy ? { confirmPrivacy: true } : {}),
    };
    const r = await papi<LibraryPracticeView>('POST', processApi(props.processId, '/library'), body);
    setBusy(false);
    if (r.ok) return props.onPublished(r.data);
    if (r.status === 401) return props.onUnauthenticated();
    if (r.code === 'privacy_check') return setReview({ scope, found: findingsOf({ ...draft, theme: s.theme }) });
    setReview(null);
    const text = r.code === 'consent_required' ? tl('l.pub.consentRequired') : problemText(r);
    const field = r.field?.split('.')[0];
    if (field) setFieldError({ field, text });
    setFormError((x) => ({ text, n: (x?.n ?? 0) + 1 }));
  };

  const set = (f: Field) => (v: string) => {
    setDraft((d) => ({ ...d, [f]: v }));
    setReview(null);
  };
  const err = (f: Field) => (fieldError?.field === f ? fieldError.text : undefined);
  const edit = () => {
    const first = review?.found.find((f) => f.field !== 'theme')?.field ?? 'title';
    setReview(null);
    document.getElementById(fid(first))?.focus();
  };

  return (
    <form
      id={props.id}
      class="lib-pub-form"
      noValidate
      onSubmit={(e) => e.preventDefault()}
      aria-label={tl('l.pub.formLabel', { title: s.title })}
    >
      <p class="hint">{tl('l.pub.formIntro')}</p>
      <FormError message={formError?.text ?? null} n={formError?.n ?? 0} />
      <TextField
        id={fid('title')}
        label={tl('l.pub.f.title')}
        value={draft.title}
        onInput={set('title')}
        maxLength={120}
        required
        error={err('title')}
      />
      <TextField
        id={fid('description')}
        label={tl('l.pub.f.description')}
        value={draft.description}
        onInput={set('description')}
        maxLength={2000}
        multiline
        error={err('description')}
      />
      <TextField
        id={fid('keywords')}
        label={tl('l.pub.f.keywords')}
        hint={tl('l.pub.f.keywordsHint')}
        value={draft.keywords}
        onInput={set('keywords')}
        error={err('keywords')}
      />
      <TextField
        id={fid('context')}
        label={tl('l.pub.f.context')}
        value={draft.context}
        onInput={set('context')}
        maxLength={2000}
        multiline
        error={err('context')}
      />
      <div class="field">
        <label for={fid('sector')}>{tl('l.pub.f.sector')}</label>
        <select id={fid('sector')} value={sector} onChange={(e) => setSector(e.currentTarget.value)}>
          {SECTOR_LIST.map((x) => (
            <option key={x} value={x}>
              {sectorText(x)}
            </option>
          ))}
        </select>
      </div>
      {review && (
        <div ref={reviewRef} class="f-os-privacy lib-privacy" role="group" aria-labelledby={fid('privacy-h')} tabIndex={-1}>
          <p class="f-os-privacy-h" id={fid('privacy-h')}>
            <span aria-hidden="true">⚠ </span>
            {tl('l.pub.privacy.title')}
          </p>
          <ul>
            {review.found.map((f, i) => (
              <li key={i}>
                {tl(labelOf(f.field))}: <mark>{f.text}</mark> – {t(`f.flags.kind.${f.kind}`)}
              </li>
            ))}
          </ul>
          <p class="hint">{tl('l.pub.privacy.hint')}</p>
          <div class="f-row-buttons">
            <button type="button" class="primary f-small" onClick={edit}>
              {tl('l.pub.privacy.edit')}
            </button>
            <button type="button" class="f-small" disabled={busy} onClick={() => void publish(review.scope, true)}>
              {tl('l.pub.privacy.anyway')}
            </button>
          </div>
        </div>
      )}
      {!props.shared && <p class="hint">{tl('l.pub.sharedNeedsConsent')}</p>}
      <div class="f-row-buttons">
        <button type="button" class="primary" disabled={busy} onClick={() => void publish('org')}>
          {tl('l.pub.toOrg')}
        </button>
        {props.shared && (
          <button type="button" class="primary" disabled={busy} onClick={() => void publish('shared')}>
            {tl('l.pub.toShared')}
          </button>
        )}
        <button type="button" onClick={props.onCancel}>
          {t('f.confirm.cancel')}
        </button>
      </div>
    </form>
  );
}
