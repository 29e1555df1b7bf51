import { useRef, useState } from 'preact/hooks';
import { PROGRAMME_STATES, type ProgrammeState } from '../../domain/programme-lifecycle.ts';
import type { CommissionView } from '../../protocol/programme-schema.ts';
import { announce } from './announce.ts';
import { OverrideDialog } from './override-dialog.tsx';
import { papi, processApi } from './process-api.ts';
import { errorText, formatDate } from './t.ts';
import { stateName, tpr } from './tpr.ts';

const REFUSALS = new Set(['illegal_transition', 'readiness_missing', 'readiness_override', 'agreement_missing']);

/** The steps as an ordered list: done ones with who and when, the current one marked in words and by aria-current. */
export function LifecycleSteps({ c, compact = false }: { c: CommissionView; compact?: boolean }) {
  const at = PROGRAMME_STATES.indexOf(c.state);
  return (
    <ol class={compact ? 'pr-steps pr-steps-compact' : 'pr-steps'}>
      {PROGRAMME_STATES.map((s, i) => {
        const move = [...c.history].reverse().find((h) => h.to === s);
        const cls = i < at ? 'pr-step pr-step-done' : i === at ? 'pr-step pr-step-current' : 'pr-step';
        return (
          <li key={s} class={cls} aria-current={i === at ? 'step' : undefined}>
            <span class="pr-step-mark" aria-hidden="true">
              {i < at ? '✓' : i === at ? '●' : '○'}
            </span>
            <span class="pr-step-name">{stateName(s)}</span>
            {i === at && <span class="pr-step-tag"> ({tpr('pr.tl.current')})</span>}
            {i < at && <span class="visually-hidden"> ({tpr('pr.tl.done')})</span>}
            {!compact && move && (
              <span class="pr-step-meta">
                {' '}
                {tpr('pr.tl.by', { user: move.user, date: formatDate(move.at) })}
                {move.note && <span class="pr-step-note"> {tpr('pr.tl.note', { note: move.note })}</span>}
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** The life cycle with the button for the next step; a "no" to readiness asks for the override reason first. [SPEC PR2, PR3] */
export function LifecycleTimeline(props: {
  c: CommissionView;
  readOnly: boolean;
  onChange(c: CommissionView): void;
  onUnauthenticated(): void;
}) {
  const { c } = props;
  const [busy, setBusy] = useState(false);
  // a refusal is shown until the commission is saved again (that may have fixed what it asked for)
  const [refusal, setRefusal] = useState<{ text: string; at: number | null } | null>(null);
  const error = refusal && refusal.at === c.updatedAt ? refusal.text : null;
  const [asking, setAsking] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  const move = async (to: ProgrammeState, override?: string) => {
    setBusy(true);
    setRefusal(null);
    const r = await papi<CommissionView>('POST', processApi(c.processId, '/transition'), override ? { to, override } : { to });
    setBusy(false);
    if (r.ok) {
      props.onChange(r.data);
      announce(tpr('pr.tl.moved', { state: stateName(r.data.state) }));
      if (!r.data.next) requestAnimationFrame(() => heading.current?.focus());
      return;
    }
    if (r.status === 401) return props.onUnauthenticated();
    if (r.code === 'readiness_override') return setAsking(true);
    const text = REFUSALS.has(r.code) ? errorText(r.code) : r.message || errorText(r.code);
    let at = c.updatedAt;
    if (r.code === 'illegal_transition') {
      // someone else moved it first: show where it is now
      const now = await papi<CommissionView>('GET', processApi(c.processId, '/commission'));
      if (now.ok) {
        props.onChange(now.data);
        at = now.data.updatedAt;
      }
    }
    setRefusal({ text, at });
    announce(text);
  };

  const next = c.next;
  return (
    <section class="pp-card pr-timeline" aria-labelledby="pr-tl-h">
      <h2 id="pr-tl-h" ref={heading} tabIndex={-1}>
        {tpr('pr.tl.title')}
      </h2>
      <p class="hint" id="pr-tl-intro">
        {tpr('pr.tl.intro')}
      </p>
      <LifecycleSteps c={c} />
      {props.readOnly ? null : next ? (
        <p>
          <button
            type="button"
            class="primary"
            disabled={busy}
            aria-describedby={error ? 'pr-tl-intro pr-tl-err' : 'pr-tl-intro'}
            onClick={() => (next === 'agreed' && c.needsOverride ? setAsking(true) : void move(next))}
          >
            {tpr('pr.tl.next', { state: stateName(next) })}
          </button>
        </p>
      ) : (
        <p>{tpr('pr.tl.end')}</p>
      )}
      {error && (
        <p class="error-text" id="pr-tl-err">
          {error}
        </p>
      )}
      <OverrideDialog
        open={asking}
        onCancel={() => setAsking(false)}
        onConfirm={(reason) => {
          setAsking(false);
          void move('agreed', reason);
        }}
      />
    </section>
  );
}
