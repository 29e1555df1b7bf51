import { useState } from 'preact/hooks';
import { LIMITS, type OpenSpace, type Pearl, type SessionState } from '../../domain/types.ts';
import { newClientId } from '../shared/connection.ts';
import type { Ask } from './confirm-dialog.tsx';
import { OsMainPoints } from './os-main-points.tsx';
import { workingGroups } from './os-model.ts';
import { groupLabel } from './os-names.ts';
import { OsPrivacyReview } from './os-privacy-review.tsx';
import { t } from './t.ts';
import type { Commands } from './use-commands.ts';
import { useCheckedSend } from './use-checked-send.ts';

const short = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s);

/** The scribe adds a pearl (a highlight) for a group. */
function AddPearlForm({ gid, label, cmds }: { gid: string; label: string; cmds: Commands }) {
  const [text, setText] = useState('');
  const send = useCheckedSend(cmds, () => setText(''));
  const id = `os-pearl-${gid}`;
  const busy = send.status === 'sending';
  return (
    <form
      class="f-add-theme"
      onSubmit={(e) => {
        e.preventDefault();
        const v = text.trim();
        if (!v || busy) return;
        send.send({ type: 'pearl.add', pearlId: newClientId(), groupId: gid, text: v }, t('f.os.ok.pearlAdded', { group: label }));
      }}
    >
      <label for={id}>{t('f.os.pearl.addLabel', { group: label })}</label>
      <div class="f-inline">
        <input
          id={id}
          maxLength={LIMITS.pearlMax}
          value={text}
          onInput={(e) => {
            setText(e.currentTarget.value);
            if (send.findings) send.reset();
          }}
        />
        <button type="submit" class="f-small" disabled={!text.trim() || busy}>
          {t('f.os.pearl.add')}
        </button>
      </div>
      {send.findings && send.held && (
        <OsPrivacyReview
          cmd={send.held}
          findings={send.findings}
          onEdit={() => {
            send.reset();
            document.getElementById(id)?.focus();
          }}
          onSaveAnyway={send.confirm}
        />
      )}
    </form>
  );
}

/**
 * Pearls: each group's highlights; which group the projector shows (one, or all), and the
 * main points the facilitator records. In the follow-up phase the same board is a recap.
 */
export function OsPearlsBoard(props: { state: SessionState; os: OpenSpace; cmds: Commands; ask: Ask; shortcuts: boolean }) {
  const { state, os, cmds, ask } = props;
  const run = cmds.run;
  const phase = state.phase;
  const canSpot = phase === 'pearls';
  const canWrite = phase === 'groups' || phase === 'pearls';
  const canPoints = phase === 'groups' || phase === 'pearls' || phase === 'followup';
  const groups = workingGroups(os).map((g) => g.id);
  const spot = os.spotlight;
  const pearlsOf = (gid: string) => os.pearls.filter((p) => p.groupId === gid);

  const spotlight = (gid: string | null) =>
    run(
      { type: 'pearls.spotlight', groupId: gid },
      gid ? t('f.os.ok.spotlight', { group: groupLabel(os, gid) }) : t('f.os.ok.spotlightAll'),
    );
  const removePearl = (p: Pearl) =>
    ask({
      title: t('f.os.confirm.removePearl.title', { text: short(p.text) }),
      body: t('f.os.confirm.removeItem.body'),
      confirmLabel: t('f.os.confirm.remove.ok'),
      danger: true,
      onConfirm: () => run({ type: 'pearl.remove', pearlId: p.id }, t('f.os.ok.pearlRemoved')),
    });

  return (
    <div class="f-os-pearls">
      <p class="f-count" data-testid="os-pearls-summary">
        {t('f.os.pearls.summary', { pearls: os.pearls.length, groups: groups.length })}
      </p>
      {canSpot && (
        <div class="f-os-spot-bar" role="group" aria-labelledby="os-spot-h">
          <p id="os-spot-h" class="f-os-spot-now" data-testid="os-spotlight">
            {t('f.os.spot.now')}: <strong>{spot ? groupLabel(os, spot) : t('f.os.spot.all')}</strong>
          </p>
          <button
            type="button"
            class="f-small"
            aria-pressed={spot === null}
            aria-keyshortcuts={props.shortcuts ? 'A' : undefined}
            onClick={() => spotlight(null)}
          >
            {t('f.os.spot.showAll')}
          </button>
          {props.shortcuts && (
            <p class="f-shortcut-hint">
              {t('f.shortcut.key')} <kbd>S</kbd> {t('f.os.shortcut.spotNext')} · <kbd>A</kbd> {t('f.os.shortcut.spotAll')}
            </p>
          )}
        </div>
      )}
      {groups.length === 0 ? (
        <p class="hint">{t('f.os.groups.none')}</p>
      ) : (
        <ul class="f-os-groups">
          {groups.map((gid) => {
            const label = groupLabel(os, gid);
            const pearls = pearlsOf(gid);
            const on = spot === gid;
            return (
              <li key={gid} class={on ? 'f-os-group f-os-group-spot' : 'f-os-group'}>
                <div class="f-os-group-head">
                  <h3 id={`os-pearls-h-${gid}`}>{label}</h3>
                  <span class="f-muted">{t('f.os.pearls.count', { n: pearls.length })}</span>
                  {on && <span class="f-badge f-badge-ok">{t('f.os.spot.onScreen')}</span>}
                </div>
                {canSpot && (
                  <button
                    type="button"
                    class={on ? 'f-small primary' : 'f-small'}
                    aria-pressed={on}
                    aria-label={t('f.os.spot.showLabel', { group: label })}
                    onClick={() => spotlight(on ? null : gid)}
                  >
                    {t('f.os.spot.show')}
                  </button>
                )}
                {pearls.length === 0 ? (
                  <p class="hint">{t('f.os.pearls.none')}</p>
                ) : (
                  <ol class="f-os-pearl-list">
                    {pearls.map((p) => (
                      <li key={p.id}>
                        <span>
                          {p.flags.length > 0 && <span class="f-flag-mark">{t('f.flags.mark')} </span>}
                          <bdi>{p.text}</bdi>
                        </span>
                        {canWrite && (
                          <button
                            type="button"
                            class="f-small danger"
                            aria-label={t('f.os.pearl.removeLabel', { text: short(p.text) })}
                            onClick={() => removePearl(p)}
                          >
                            {t('f.os.item.remove')}
                          </button>
                        )}
                      </li>
                    ))}
                  </ol>
                )}
                {canWrite && pearls.length < LIMITS.pearlsPerGroup && <AddPearlForm gid={gid} label={label} cmds={cmds} />}
                <OsMainPoints gid={gid} label={label} server={os.mainPoints[gid] ?? ''} cmds={cmds} readOnly={!canPoints} />
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
