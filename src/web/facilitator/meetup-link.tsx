import { useState } from 'preact/hooks';
import type { MeetupView } from '../../protocol/library-schema.ts';
import { announce } from './announce.ts';
import type { Ask } from './confirm-dialog.tsx';
import { publicMeetupUrl } from './library-format.ts';
import { papi, problemText } from './process-api.ts';
import { tl } from './tl.ts';

/**
 * The meetup's public read-only link: turn it on (the same link again), copy it, make a new
 * one (the old one stops working) or turn it off. [SPEC L9]
 */
export function MeetupLink(props: { m: MeetupView; ask: Ask; onChange(m: MeetupView): void }) {
  const { m } = props;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fid = `mt-link-${m.id}`;

  const set = async (on: boolean, regenerate = false) => {
    setBusy(true);
    const r = await papi<MeetupView>('PUT', `/api/meetups/${encodeURIComponent(m.id)}/link`, { on, regenerate });
    setBusy(false);
    if (!r.ok) return setError(problemText(r));
    setError(null);
    props.onChange(r.data);
    // the button used may be gone: focus the control that now follows
    requestAnimationFrame(() => document.getElementById(on ? `${fid}-copy` : `${fid}-on`)?.focus());
    announce(tl(!on ? 'l.link.offDone' : regenerate ? 'l.link.newDone' : 'l.link.onDone'));
  };

  const copy = async () => {
    const url = publicMeetupUrl(m.publicToken!);
    try {
      await navigator.clipboard.writeText(url);
      announce(tl('l.link.copied'));
    } catch {
      const input = document.getElementById(fid) as HTMLInputElement | null;
      input?.select();
      announce(tl('l.link.copyByHand'));
    }
  };

  return (
    <div class="lib-link">
      <h3>{tl('l.link.title')}</h3>
      {error && <p class="error-text">{error}</p>}
      {m.publicToken ? (
        <>
          <div class="field">
            <label for={fid}>{tl('l.link.url')}</label>
            <input id={fid} type="text" readOnly value={publicMeetupUrl(m.publicToken)} aria-describedby={`${fid}-hint`} />
            <p class="hint" id={`${fid}-hint`}>
              {tl('l.link.hint')}
            </p>
          </div>
          <div class="f-row-buttons">
            <button type="button" id={`${fid}-copy`} class="f-small primary" onClick={() => void copy()}>
              {tl('l.link.copy')}
            </button>
            <button
              type="button"
              class="f-small"
              disabled={busy}
              onClick={() =>
                props.ask({
                  title: tl('l.link.newTitle'),
                  body: tl('l.link.newBody'),
                  confirmLabel: tl('l.link.new'),
                  onConfirm: () => void set(true, true),
                })
              }
            >
              {tl('l.link.new')}
            </button>
            <button type="button" class="f-small danger" disabled={busy} onClick={() => void set(false)}>
              {tl('l.link.off')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p>{tl('l.link.isOff')}</p>
          <button type="button" id={`${fid}-on`} class="f-small" disabled={busy} onClick={() => void set(true)}>
            {tl('l.link.on')}
          </button>
        </>
      )}
    </div>
  );
}
