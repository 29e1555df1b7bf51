import { useEffect, useState } from 'preact/hooks';
import { LIMITS, type Practice } from '../../domain/types.ts';
import { newClientId } from '../shared/connection.ts';
import type { Ask } from './confirm-dialog.tsx';
import { OsPrivacyReview } from './os-privacy-review.tsx';
import { t } from './t.ts';
import type { Commands } from './use-commands.ts';
import { useCheckedSend } from './use-checked-send.ts';

interface Draft {
  id: string | null;
  title: string;
  description: string;
  keywords: string;
  context: string;
}

const empty = (): Draft => ({ id: null, title: '', description: '', keywords: '', context: '' });
const fromPractice = (p: Practice): Draft => ({
  id: p.id,
  title: p.title,
  description: p.description,
  keywords: p.keywords.join(', '),
  context: p.context,
});

/**
 * The scribe writes a good-practice record for the group (title, description, keywords,
 * context), or edits / removes one the group already saved.
 */
export function OsPracticeForm({ gid, practices, cmds, ask }: { gid: string; practices: Practice[]; cmds: Commands; ask: Ask }) {
  const [draft, setDraft] = useState<Draft>(empty);
  const send = useCheckedSend(cmds, () => setDraft(empty()));
  const full = draft.id === null && practices.length >= LIMITS.practicesPerGroup;
  const p = `os-pr-${gid}`;
  // another group chosen: start over
  useEffect(() => {
    setDraft(empty());
    send.reset();
  }, [gid]);

  const set = (k: keyof Draft) => (e: Event) => {
    setDraft({ ...draft, [k]: (e.currentTarget as HTMLInputElement).value });
    if (send.findings) send.reset();
  };
  const submit = (e: Event) => {
    e.preventDefault();
    const title = draft.title.trim();
    if (!title || full) return;
    const keywords = draft.keywords
      .split(/[,;\n]/)
      .map((k) => k.trim())
      .filter(Boolean)
      .slice(0, LIMITS.practiceKeywords);
    send.send(
      {
        type: 'practice.save',
        practiceId: draft.id ?? newClientId(),
        groupId: gid,
        title,
        description: draft.description,
        keywords,
        context: draft.context,
      },
      t('f.os.ok.practiceSaved', { title }),
    );
  };
  const remove = (pr: Practice) =>
    ask({
      title: t('f.os.confirm.removePractice.title', { title: pr.title }),
      body: t('f.os.confirm.removeItem.body'),
      confirmLabel: t('f.os.confirm.remove.ok'),
      danger: true,
      onConfirm: () => {
        if (draft.id === pr.id) setDraft(empty());
        cmds.run({ type: 'practice.remove', practiceId: pr.id }, t('f.os.ok.practiceRemoved', { title: pr.title }));
      },
    });

  return (
    <div class="f-os-practice-edit">
      {practices.length > 0 && (
        <ul class="f-os-list">
          {practices.map((pr) => (
            <li key={pr.id} class="f-os-settled-row">
              <span>{pr.title}</span>
              <button
                type="button"
                class="f-small"
                aria-label={t('f.os.practice.editLabel', { title: pr.title })}
                onClick={() => {
                  setDraft(fromPractice(pr));
                  send.reset();
                  document.getElementById(`${p}-title`)?.focus();
                }}
              >
                {t('f.os.item.edit')}
              </button>
              <button
                type="button"
                class="f-small danger"
                aria-label={t('f.os.practice.removeLabel', { title: pr.title })}
                onClick={() => remove(pr)}
              >
                {t('f.os.item.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="f-os-practice-form" onSubmit={submit} aria-labelledby={`${p}-h`}>
        <h4 id={`${p}-h`}>{draft.id ? t('f.os.practice.editing', { title: draft.title }) : t('f.os.practice.new')}</h4>
        {full && <p class="hint">{t('f.os.practice.full', { n: LIMITS.practicesPerGroup })}</p>}
        <div class="field">
          <label for={`${p}-title`}>
            {t('f.os.practice.title')} <span class="f-required">({t('f.form.required')})</span>
          </label>
          <input id={`${p}-title`} required maxLength={LIMITS.practiceTitleMax} value={draft.title} onInput={set('title')} />
        </div>
        <div class="field">
          <label for={`${p}-desc`}>{t('f.os.practice.description')}</label>
          <textarea id={`${p}-desc`} rows={3} maxLength={LIMITS.practiceTextMax} value={draft.description} onInput={set('description')} />
        </div>
        <div class="field">
          <label for={`${p}-kw`}>{t('f.os.practice.keywords')}</label>
          <input id={`${p}-kw`} aria-describedby={`${p}-kw-hint`} value={draft.keywords} onInput={set('keywords')} />
          <p class="hint" id={`${p}-kw-hint`}>
            {t('f.os.practice.keywordsHint', { n: LIMITS.practiceKeywords })}
          </p>
        </div>
        <div class="field">
          <label for={`${p}-ctx`}>{t('f.os.practice.context')}</label>
          <textarea
            id={`${p}-ctx`}
            rows={2}
            maxLength={LIMITS.practiceTextMax}
            aria-describedby={`${p}-ctx-hint`}
            value={draft.context}
            onInput={set('context')}
          />
          <p class="hint" id={`${p}-ctx-hint`}>
            {t('f.os.practice.contextHint')}
          </p>
        </div>
        {send.findings && send.held && (
          <OsPrivacyReview
            cmd={send.held}
            findings={send.findings}
            onEdit={() => {
              send.reset();
              document.getElementById(`${p}-title`)?.focus();
            }}
            onSaveAnyway={send.confirm}
          />
        )}
        <div class="f-row-buttons">
          <button type="submit" class="primary" disabled={!draft.title.trim() || full || send.status === 'sending'}>
            {send.status === 'sending' ? t('f.saving') : draft.id ? t('f.os.practice.saveChanges') : t('f.os.practice.save')}
          </button>
          {draft.id && (
            <button
              type="button"
              onClick={() => {
                setDraft(empty());
                send.reset();
              }}
            >
              {t('f.os.practice.cancelEdit')}
            </button>
          )}
        </div>
      </form>
    </div>
  );
}
