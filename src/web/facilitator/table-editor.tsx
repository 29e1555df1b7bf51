import { useEffect, useRef, useState } from 'preact/hooks';
import { LANGS, LIMITS, type Question, type Table, type Texts } from '../../domain/types.ts';
import { newClientId } from '../shared/connection.ts';
import { tableTitle, ZoneIcon } from '../shared/zone.tsx';
import { announce } from './announce.ts';
import { QuestionEditor } from './question-editor.tsx';
import { lang, t } from './t.ts';
import type { Commands } from './use-commands.ts';

interface Draft {
  title: Texts;
  questions: Question[];
  meetingUrl: string;
}

const fromTable = (tb: Table): Draft => ({
  title: { ...tb.title },
  questions: tb.questions.map((q) => ({ id: q.id, text: { ...q.text } })),
  meetingUrl: tb.meetingUrl ?? '',
});
const HTTPS = /^https:\/\/[^\s]+$/;

/**
 * One table's title and questions in three languages, and its optional video link. Edits stay
 * local until "Save table" (table.update); a change from elsewhere replaces an unedited form.
 */
export function TableEditor({ table, index, cmds, disabled }: { table: Table; index: number; cmds: Commands; disabled: boolean }) {
  const [draft, setDraft] = useState<Draft>(() => fromTable(table));
  const [dirty, setDirty] = useState(false);
  const [urlError, setUrlError] = useState(false);
  const [saveId, setSaveId] = useState<string | null>(null);
  const focusAfter = useRef<string | null>(null);
  const base = `tbl-${table.id}`;

  useEffect(() => {
    if (!dirty) setDraft(fromTable(table));
  }, [table]);
  useEffect(() => {
    if (focusAfter.current) document.getElementById(focusAfter.current)?.focus();
    focusAfter.current = null;
  });

  const edit = (f: (d: Draft) => Draft) => {
    setDraft(f);
    setDirty(true);
    setSaveId(null);
  };
  const setQuestions = (f: (qs: Question[]) => Question[]) => edit((d) => ({ ...d, questions: f(d.questions) }));

  const move = (i: number, delta: -1 | 1) => {
    const q = draft.questions[i]!;
    setQuestions((qs) => {
      const out = [...qs];
      out.splice(i, 1);
      out.splice(i + delta, 0, q);
      return out;
    });
    const firstOrLast = (delta === -1 && i + delta === 0) || (delta === 1 && i + delta === draft.questions.length - 1);
    focusAfter.current = `q-${table.id}-${q.id}-${firstOrLast ? (delta === -1 ? 'down' : 'up') : delta === -1 ? 'up' : 'down'}`;
    announce(t('f.table.moved', { n: i + delta + 1 }));
  };
  const remove = (i: number) => {
    setQuestions((qs) => qs.filter((_, j) => j !== i));
    focusAfter.current = `${base}-add`;
    announce(t('f.table.removed', { n: i + 1 }));
  };
  const add = () => {
    const id = `q${newClientId().slice(0, 10)}`;
    setQuestions((qs) => [...qs, { id, text: { fi: '', sv: '', en: '' } }]);
    focusAfter.current = `q-${table.id}-${id}-${lang}`;
  };

  const save = (e: Event) => {
    e.preventDefault();
    const url = draft.meetingUrl.trim();
    if (url && !HTTPS.test(url)) {
      setUrlError(true);
      document.getElementById(`${base}-url`)?.focus();
      return;
    }
    setUrlError(false);
    const questions = draft.questions.filter((q) => LANGS.some((l) => q.text[l].trim()));
    const title = { fi: draft.title.fi.trim(), sv: draft.title.sv.trim(), en: draft.title.en.trim() };
    setSaveId(cmds.run({ type: 'table.update', tableId: table.id, title, questions, meetingUrl: url || null }));
    setDirty(false);
  };

  const status = cmds.statusOf(saveId);
  return (
    <details class="f-table-editor">
      <summary>
        <ZoneIcon zone={table.zone} size={24} />
        <span>
          {t('f.table.n', { n: index + 1 })}: {tableTitle(table, lang)}
        </span>
        <span class="f-muted"> · {t('f.table.questionCount', { n: table.questions.length })}</span>
      </summary>
      <form class="f-table-form" onSubmit={save} noValidate>
        <fieldset>
          <legend>{t('f.table.titleLegend')}</legend>
          <div class="f-three">
            {LANGS.map((l) => (
              <div class="field" key={l}>
                <label for={`${base}-title-${l}`}>{t(`lang.${l}`)}</label>
                <input
                  id={`${base}-title-${l}`}
                  lang={l}
                  maxLength={LIMITS.titleMax}
                  value={draft.title[l]}
                  disabled={disabled}
                  onInput={(e) => {
                    const v = e.currentTarget.value;
                    edit((d) => ({ ...d, title: { ...d.title, [l]: v } }));
                  }}
                />
              </div>
            ))}
          </div>
        </fieldset>
        <h4 class="f-subhead">{t('f.table.questions')}</h4>
        {draft.questions.length === 0 && <p class="hint">{t('f.table.noQuestions')}</p>}
        <ol class="f-questions">
          {draft.questions.map((q, i) => (
            <QuestionEditor
              key={q.id}
              q={q}
              index={i}
              count={draft.questions.length}
              tableId={table.id}
              disabled={disabled}
              onText={(l, v) => setQuestions((qs) => qs.map((x) => (x.id === q.id ? { ...x, text: { ...x.text, [l]: v } } : x)))}
              onMove={(d) => move(i, d)}
              onRemove={() => remove(i)}
            />
          ))}
        </ol>
        <button
          type="button"
          id={`${base}-add`}
          aria-label={`${t('f.table.add')} (${t('f.table.n', { n: index + 1 })})`}
          disabled={disabled || draft.questions.length >= LIMITS.questionsPerTable}
          onClick={add}
        >
          {t('f.table.add')}
        </button>
        <div class="field f-url">
          <label for={`${base}-url`}>{t('f.table.url')}</label>
          <input
            id={`${base}-url`}
            type="url"
            inputMode="url"
            maxLength={500}
            placeholder="https://"
            value={draft.meetingUrl}
            disabled={disabled}
            aria-invalid={urlError ? 'true' : undefined}
            aria-describedby={`${base}-url-hint${urlError ? ` ${base}-url-err` : ''}`}
            onInput={(e) => {
              const v = e.currentTarget.value;
              edit((d) => ({ ...d, meetingUrl: v }));
            }}
          />
          <p class="hint" id={`${base}-url-hint`}>
            {t('f.table.urlHint')}
          </p>
          {urlError && (
            <p class="error-text" id={`${base}-url-err`}>
              {t('f.table.urlError')}
            </p>
          )}
        </div>
        <div class="f-save-row">
          <button
            type="submit"
            class="primary"
            disabled={disabled}
            aria-label={`${t('f.table.save')} (${t('f.table.n', { n: index + 1 })})`}
          >
            {t('f.table.save')}
          </button>
          <span class="f-save-state" aria-live="polite">
            {dirty ? t('f.table.unsaved') : status === 'sending' ? t('f.saving') : status === 'saved' ? t('f.saved') : ''}
          </span>
        </div>
      </form>
    </details>
  );
}
