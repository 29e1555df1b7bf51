import { useEffect, useRef, useState } from 'preact/hooks';
import { LIMITS, type Practice } from '../../domain/types.ts';
import { newClientId } from '../shared/connection.ts';
import type { LiveSession } from '../shared/use-session.ts';
import { PrivacyReview } from './privacy-review.tsx';
import { errorText, t } from './texts.ts';
import type { Announce } from './use-announcer.tsx';
import { useTracked } from './use-tracked.ts';

export interface PracticeDraft {
  title: string;
  description: string;
  keywords: string;
  context: string;
}

interface Props {
  groupId: string;
  /** the practice being edited (same id), or null for a new one */
  practice: Practice | null;
  /** what the fields start with (for others' flagged texts: masked) */
  initial: PracticeDraft;
  live: LiveSession;
  announce: Announce;
  onDone(): void;
}

/** Keywords as the server keeps them: comma-separated, spaces collapsed, no empties, no repeats. */
export function splitKeywords(s: string): string[] {
  return [
    ...new Set(
      s
        .split(/[,;\n]/)
        .map((k) => k.replace(/\s+/g, ' ').trim())
        .filter(Boolean),
    ),
  ];
}

const len = (s: string) => [...s].length;

/** Title, description, keywords (comma-separated, shown as chips) and context of a good practice. */
export function OsPracticeForm({ groupId, practice, initial, live, announce, onDone }: Props) {
  const [d, setD] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const practiceId = useRef(practice?.id ?? newClientId());
  const first = useRef<HTMLInputElement>(null);
  const tr = useTracked(live, () => {
    announce(t('practice.saved'));
    tr.reset();
    onDone();
  });
  useEffect(() => first.current?.focus(), []);

  const keywords = splitKeywords(d.keywords);
  const clean = { title: d.title.trim(), description: d.description.trim(), context: d.context.trim() };
  const failed = tr.current?.status === 'failed' ? tr.current : null;

  function check(): string | null {
    if (!clean.title) return t('practice.titleMissing');
    if (len(clean.title) > LIMITS.practiceTitleMax) return t('practice.tooLong', { n: LIMITS.practiceTitleMax });
    if (len(clean.description) > LIMITS.practiceTextMax || len(clean.context) > LIMITS.practiceTextMax) {
      return t('practice.tooLong', { n: LIMITS.practiceTextMax });
    }
    if (keywords.length > LIMITS.practiceKeywords) return t('practice.tooMany', { n: LIMITS.practiceKeywords });
    if (keywords.some((k) => len(k) > LIMITS.keywordMax)) return t('practice.keywordLong', { n: LIMITS.keywordMax });
    return null;
  }
  function send(confirm: boolean) {
    if (tr.busy) return;
    const e = check();
    setError(e);
    if (e) return;
    tr.send({
      type: 'practice.save',
      practiceId: practiceId.current,
      groupId,
      ...clean,
      keywords,
      ...(confirm ? { confirmPrivacy: true } : {}),
    });
  }
  const set = (k: keyof PracticeDraft) => (e: Event) => setD({ ...d, [k]: (e.currentTarget as HTMLInputElement).value });
  const id = `pr-${practiceId.current}`;

  if (failed?.error?.code === 'privacy_check') {
    // the server scanned the fields joined by new lines; its offsets point into this text
    return (
      <PrivacyReview
        text={[clean.title, clean.description, clean.context, keywords.join(', ')].join('\n')}
        details={failed.error.details}
        onEdit={() => {
          tr.reset();
          setTimeout(() => first.current?.focus(), 0);
        }}
        onSendAnyway={() => send(true)}
      />
    );
  }

  return (
    <form
      class="os-practice-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        send(false);
      }}
    >
      <h3>{practice ? t('practice.editHeading', { title: initial.title }) : t('practice.new')}</h3>
      <div class="field">
        <label for={`${id}-title`}>{t('practice.title')}</label>
        <input id={`${id}-title`} dir="auto" ref={first} value={d.title} maxLength={LIMITS.practiceTitleMax} onInput={set('title')} />
      </div>
      <div class="field">
        <label for={`${id}-desc`}>{t('practice.description')}</label>
        <textarea
          id={`${id}-desc`}
          dir="auto"
          rows={4}
          value={d.description}
          maxLength={LIMITS.practiceTextMax}
          onInput={set('description')}
        />
      </div>
      <div class="field">
        <label for={`${id}-kw`}>{t('practice.keywords')}</label>
        <input
          id={`${id}-kw`}
          dir="auto"
          value={d.keywords}
          autocomplete="off"
          aria-describedby={`${id}-kw-hint`}
          onInput={set('keywords')}
        />
        <p id={`${id}-kw-hint`} class="hint">
          {t('practice.keywordsHint')}
        </p>
        {keywords.length > 0 ? (
          <ul class="os-chips" aria-label={t('practice.keywords')}>
            {keywords.map((k) => (
              <li key={k}>{k}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <div class="field">
        <label for={`${id}-ctx`}>{t('practice.context')}</label>
        <textarea id={`${id}-ctx`} dir="auto" rows={3} value={d.context} maxLength={LIMITS.practiceTextMax} onInput={set('context')} />
      </div>
      <div aria-live="polite">
        {error ? <p class="error-text">{error}</p> : null}
        {failed ? <p class="error-text">{`${t('status.failed')}: ${errorText(failed.error?.code ?? 'internal')}`}</p> : null}
        {tr.busy ? <p class="p-sent-status">{live.status === 'online' ? t('status.sending') : t('status.waiting')}</p> : null}
      </div>
      <div class="p-actions">
        <button type="submit" class="primary" aria-disabled={tr.busy ? true : undefined}>
          {t('practice.save')}
        </button>
        <button
          type="button"
          onClick={() => {
            tr.reset();
            onDone();
          }}
        >
          {t('theming.cancel')}
        </button>
      </div>
    </form>
  );
}
