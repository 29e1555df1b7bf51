import { useState } from 'preact/hooks';
import type { ActionView, ProcessOutputs } from '../../protocol/http-schema.ts';
import { announce } from './announce.ts';
import { ActionForm } from './process-action-form.tsx';
import { ActionsTable, statusText, type ActionStatus } from './process-actions-table.tsx';
import { papi, problemText, processApi } from './process-api.ts';
import { tp } from './tp.ts';

/**
 * The follow-up actions: a table where status changes at once, an edit button per row, and
 * one form that adds a new action or edits the chosen one.
 */
export function ActionsSection(props: {
  processId: string;
  initial: ActionView[];
  themes: string[];
  practices: ProcessOutputs['practices'];
  onUnauthenticated(): void;
}) {
  const [actions, setActions] = useState<ActionView[]>(props.initial);
  const [editing, setEditing] = useState<ActionView | null>(null);
  const [error, setError] = useState<string | null>(null);

  const replace = (a: ActionView) => setActions((list) => list.map((x) => (x.id === a.id ? a : x)));

  const changeStatus = async (a: ActionView, status: ActionStatus) => {
    setError(null);
    replace({ ...a, status });
    const r = await papi<ActionView>('PATCH', processApi(props.processId, `/actions/${encodeURIComponent(a.id)}`), { status });
    if (r.ok) {
      replace(r.data);
      announce(tp('p.act.statusChanged', { title: r.data.title, status: statusText(r.data.status) }));
      return;
    }
    replace(a);
    if (r.status === 401) return props.onUnauthenticated();
    const text = problemText(r);
    setError(text);
    announce(text);
  };

  const saved = (a: ActionView, created: boolean) => {
    if (created) {
      setActions((list) => [...list, a]);
      return;
    }
    replace(a);
    setEditing(null);
    requestAnimationFrame(() => document.getElementById(`act-edit-${a.id}`)?.focus());
  };

  const cancel = () => {
    const id = editing?.id;
    setEditing(null);
    if (id) requestAnimationFrame(() => document.getElementById(`act-edit-${id}`)?.focus());
  };

  const themes = [...new Set([...props.themes, ...actions.map((a) => a.theme)].filter(Boolean))];
  return (
    <section class="pp-actions" aria-labelledby="pp-act-h">
      <h2 id="pp-act-h" tabIndex={-1}>
        {tp('p.act.title')}
      </h2>
      <p>{tp('p.act.intro')}</p>
      {error && (
        <p class="error-text" role="alert">
          {error}
        </p>
      )}
      {actions.length === 0 ? (
        <p>{tp('p.act.none')}</p>
      ) : (
        <ActionsTable
          actions={actions}
          practices={props.practices}
          captionId="pp-act-caption"
          onStatus={(a, s) => void changeStatus(a, s)}
          onEdit={setEditing}
        />
      )}
      <ActionForm
        key={editing?.id ?? 'new'}
        processId={props.processId}
        editing={editing}
        themes={themes}
        practices={props.practices}
        onSaved={saved}
        onCancel={cancel}
        onUnauthenticated={props.onUnauthenticated}
      />
    </section>
  );
}
