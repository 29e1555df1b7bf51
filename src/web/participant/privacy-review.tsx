import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import type { PrivacyFinding } from '../../domain/types.ts';
import { t } from './texts.ts';

interface Props {
  text: string;
  details: Record<string, unknown> | undefined;
  onEdit(): void;
  onSendAnyway(): void;
}

const KINDS = new Set(['hetu', 'hetu_like', 'phone', 'email', 'address']);

function findingsOf(details: Record<string, unknown> | undefined, len: number): PrivacyFinding[] {
  const raw = Array.isArray(details?.findings) ? (details.findings as PrivacyFinding[]) : [];
  return raw
    .filter(
      (f) => KINDS.has(f.kind) && Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.end > f.start && f.end <= len,
    )
    .sort((a, b) => a.start - b.start);
}

/**
 * What the server's privacy scan found in a note: the marked text, a plain explanation per
 * finding, and two ways on: edit the note, or send it anyway (the facilitator sees the flag).
 */
export function PrivacyReview({ text, details, onEdit, onSendAnyway }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const id = useId();
  useEffect(() => ref.current?.focus(), []);
  const findings = findingsOf(details, text.length);

  const parts: ComponentChildren[] = [];
  let at = 0;
  findings.forEach((f, i) => {
    if (f.start < at) return; // overlapping findings: the first one is marked
    if (f.start > at) parts.push(text.slice(at, f.start));
    parts.push(<mark key={i}>{text.slice(f.start, f.end)}</mark>);
    at = f.end;
  });
  parts.push(text.slice(at));

  return (
    <div ref={ref} class="p-privacy" role="group" aria-labelledby={id} tabIndex={-1}>
      <h4 id={id}>
        <span aria-hidden="true">⚠ </span>
        {t('privacy.heading')}
      </h4>
      <p>{t('privacy.body')}</p>
      <p class="p-privacy-text" dir="auto">
        {parts}
      </p>
      <ul class="p-findings">
        {findings.map((f, i) => (
          <li key={i}>
            <mark>{text.slice(f.start, f.end)}</mark> – {t(`privacy.kind.${f.kind}`)}
          </li>
        ))}
      </ul>
      <p class="hint">{t('privacy.anywayHint')}</p>
      <div class="p-actions">
        <button type="button" class="primary" onClick={onEdit}>
          {t('form.edit')}
        </button>
        <button type="button" onClick={onSendAnyway}>
          {t('privacy.sendAnyway')}
        </button>
      </div>
    </div>
  );
}
