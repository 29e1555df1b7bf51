import { useEffect, useRef, useState } from 'preact/hooks';
import { LIMITS } from '../../domain/types.ts';
import { t } from './t.ts';
import type { Commands } from './use-commands.ts';

/**
 * The main points the facilitator (or a scribe) records for a group in the joint debrief.
 * Saved when focus leaves the field or with the button; a change from elsewhere shows up
 * unless the facilitator is editing.
 */
export function OsMainPoints({
  gid,
  label,
  server,
  cmds,
  readOnly,
}: {
  gid: string;
  label: string;
  server: string;
  cmds: Commands;
  readOnly: boolean;
}) {
  const [text, setText] = useState(server);
  const [sentId, setSentId] = useState<string | null>(null);
  const dirty = useRef(false);
  const lastSent = useRef(server);
  const id = `os-points-${gid}`;

  useEffect(() => {
    if (!dirty.current) setText(server);
    lastSent.current = server;
  }, [server]);

  const save = () => {
    const v = text.trim();
    dirty.current = false;
    if (v === lastSent.current.trim()) return;
    lastSent.current = v;
    setSentId(cmds.run({ type: 'pearls.setPoints', groupId: gid, text: v }, t('f.os.ok.pointsSaved', { group: label })));
  };
  const status = cmds.statusOf(sentId);

  if (readOnly) {
    return server ? (
      <div class="f-os-points">
        <h4>{t('f.os.points.title')}</h4>
        <p class="f-os-points-text">{server}</p>
      </div>
    ) : null;
  }
  return (
    <div class="f-os-points">
      <label for={id}>{t('f.os.points.label', { group: label })}</label>
      <textarea
        id={id}
        rows={3}
        maxLength={LIMITS.mainPointsMax}
        value={text}
        aria-describedby={`${id}-hint`}
        onInput={(e) => {
          dirty.current = true;
          setText(e.currentTarget.value);
        }}
        onBlur={save}
      />
      <div class="f-row-buttons">
        <button type="button" class="f-small" onClick={save} aria-label={t('f.os.points.saveLabel', { group: label })}>
          {t('f.os.points.save')}
        </button>
        <span class="f-muted" id={`${id}-hint`} aria-live="off">
          {status === 'sending' ? t('f.saving') : status === 'saved' && !dirty.current ? t('f.saved') : t('f.os.points.hint')}
        </span>
      </div>
    </div>
  );
}
