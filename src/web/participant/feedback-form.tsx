import { useRef, useState } from 'preact/hooks';
import { LIMITS } from '../../domain/types.ts';
import { PhaseHeading } from './phase-heading.tsx';
import type { PhaseProps } from './phase-view.tsx';
import { PrivacyReview } from './privacy-review.tsx';
import { kt, useKids } from './kids.ts';
import { errorText, t, type PKey } from './texts.ts';
import { useTracked } from './use-tracked.ts';

type Props = PhaseProps & { heading: string; headingKey: string };

const STATEMENTS: PKey[] = ['feedback.s1', 'feedback.s2', 'feedback.s3', 'feedback.s4'];
/** the same four statements in a child's words (child mode) */
const KIDS_STATEMENTS: PKey[] = ['kids.feedback.s1', 'kids.feedback.s2', 'kids.feedback.s3', 'kids.feedback.s4'];
const SCALE = [1, 2, 3, 4, 5] as const;
const scaleText = (v: number) => t(`feedback.scale${v}` as PKey);

/**
 * The standard anonymous feedback at the end of both kinds of session: four statements on a
 * 1–5 scale and "what would you change?", all optional, sent once. Answered → a thank-you.
 */
export function FeedbackForm({ state, me, live, heading, headingKey }: Props) {
  const [scores, setScores] = useState<(number | null)[]>(() => STATEMENTS.map(() => null));
  const [open, setOpen] = useState('');
  const [error, setError] = useState<string | null>(null);
  const openRef = useRef<HTMLTextAreaElement>(null);
  const tr = useTracked(live);
  const kids = useKids();
  const statement = (i: number) => t((kids ? KIDS_STATEMENTS : STATEMENTS)[i]!);
  const failed = tr.current?.status === 'failed' ? tr.current : null;
  const done =
    state.feedback.some((f) => f.participantId === me) || tr.current?.status === 'saved' || failed?.error?.code === 'already_answered';

  if (done) {
    return (
      <div class="p-message">
        <PhaseHeading key={`${headingKey}:thanks`} text={t('feedback.thanks')} />
        <p class="p-lead">{kt(kids, 'feedback.thanksBody', 'kids.feedback.thanksBody')}</p>
      </div>
    );
  }

  const send = (confirm: boolean) => {
    if (tr.busy) return;
    const text = open.trim();
    if (!text && scores.every((s) => s === null)) return setError(t('feedback.empty'));
    if ([...text].length > LIMITS.feedbackOpenMax) return setError(t('form.over', { n: [...text].length - LIMITS.feedbackOpenMax }));
    setError(null);
    tr.send({ type: 'feedback.give', scores, open: text, ...(confirm ? { confirmPrivacy: true } : {}) });
  };
  const setScore = (i: number, v: number | null) => setScores((s) => s.map((x, j) => (j === i ? v : x)));

  return (
    <>
      <PhaseHeading key={headingKey} text={heading} />
      <p class="p-lead">{kt(kids, 'feedback.intro', 'kids.feedback.intro')}</p>
      <form
        class="os-feedback"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          send(false);
        }}
      >
        <p class="hint">
          1 = {scaleText(1)}, 5 = {scaleText(5)}
        </p>
        {STATEMENTS.map((key, i) => (
          <fieldset key={key} class="os-scale">
            <legend>{statement(i)}</legend>
            <div class="os-scale-row">
              {SCALE.map((v) => (
                <label key={v} class="os-scale-opt">
                  <input type="radio" name={`fb-${i}`} value={v} checked={scores[i] === v} onChange={() => setScore(i, v)} />
                  <span class="os-scale-n">{v}</span>
                  <span class="visually-hidden"> {scaleText(v)}</span>
                </label>
              ))}
            </div>
            <p class="os-scale-ends" aria-hidden="true">
              <span>{scaleText(1)}</span>
              <span>{scaleText(5)}</span>
            </p>
            {scores[i] !== null ? (
              <button type="button" class="os-clear" onClick={() => setScore(i, null)}>
                {t('feedback.clear')}
                <span class="visually-hidden">: {statement(i)}</span>
              </button>
            ) : null}
          </fieldset>
        ))}
        {failed?.error?.code === 'privacy_check' ? (
          <PrivacyReview
            text={open.trim()}
            details={failed.error.details}
            onEdit={() => {
              tr.reset();
              setTimeout(() => openRef.current?.focus(), 0);
            }}
            onSendAnyway={() => send(true)}
          />
        ) : (
          <div class="field">
            <label for="fb-open">{kt(kids, 'feedback.open', 'kids.feedback.open')}</label>
            <p id="fb-open-hint" class="hint">
              {t('feedback.openHint')}
            </p>
            <textarea
              id="fb-open"
              dir="auto"
              ref={openRef}
              rows={4}
              value={open}
              maxLength={LIMITS.feedbackOpenMax}
              aria-describedby="fb-open-hint"
              onInput={(e) => setOpen(e.currentTarget.value)}
            />
          </div>
        )}
        <div aria-live="polite">
          {error ? <p class="error-text">{error}</p> : null}
          {failed && failed.error?.code !== 'privacy_check' ? (
            <p class="error-text">{`${t('status.failed')}: ${errorText(failed.error?.code ?? 'internal')}`}</p>
          ) : null}
          {tr.busy ? <p class="p-sent-status">{live.status === 'online' ? t('feedback.sending') : t('status.waiting')}</p> : null}
        </div>
        {failed?.error?.code === 'privacy_check' ? null : (
          <button type="submit" class="primary p-big" aria-disabled={tr.busy ? true : undefined}>
            {t('feedback.send')}
          </button>
        )}
      </form>
    </>
  );
}
