import { useEffect, useId, useRef } from 'preact/hooks';
import type { PrivacyFinding } from '../../domain/types.ts';
import { t } from './t.ts';
import type { CheckedCommand } from './use-checked-send.ts';

const KINDS = new Set(['hetu', 'hetu_like', 'phone', 'email', 'address']);
const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The text the server scanned, built the same way, so the findings' offsets point into it. */
function scannedText(cmd: CheckedCommand): string {
  switch (cmd.type) {
    case 'offer.propose':
      return clean(cmd.name);
    case 'practice.save': {
      const keywords = [...new Set(cmd.keywords.map((k) => clean(k)).filter(Boolean))];
      return [cmd.title.trim(), cmd.description.trim(), cmd.context.trim(), keywords.join(', ')].join('\n');
    }
    case 'feedback.give':
      return cmd.open.trim();
    default:
      return cmd.text.trim();
  }
}

/**
 * What the privacy scan found in a text the facilitator wrote as scribe: each finding with
 * its kind, and two ways on — edit the text, or save it anyway (it is then listed under
 * privacy warnings).
 */
export function OsPrivacyReview(props: { cmd: CheckedCommand; findings: PrivacyFinding[]; onEdit(): void; onSaveAnyway(): void }) {
  const ref = useRef<HTMLDivElement>(null);
  const id = useId();
  useEffect(() => ref.current?.focus(), []);
  const text = scannedText(props.cmd);
  const found = props.findings.filter((f) => KINDS.has(f.kind) && f.start >= 0 && f.end > f.start && f.end <= text.length);
  return (
    <div ref={ref} class="f-os-privacy" role="group" aria-labelledby={id} tabIndex={-1}>
      <p class="f-os-privacy-h" id={id}>
        <span aria-hidden="true">⚠ </span>
        {t('f.os.privacy.title')}
      </p>
      <ul>
        {found.map((f, i) => (
          <li key={i}>
            <mark>{text.slice(f.start, f.end)}</mark> – {t(`f.flags.kind.${f.kind}`)}
          </li>
        ))}
      </ul>
      <p class="hint">{t('f.os.privacy.hint')}</p>
      <div class="f-row-buttons">
        <button type="button" class="primary f-small" onClick={props.onEdit}>
          {t('f.os.privacy.edit')}
        </button>
        <button type="button" class="f-small" onClick={props.onSaveAnyway}>
          {t('f.os.privacy.anyway')}
        </button>
      </div>
    </div>
  );
}
