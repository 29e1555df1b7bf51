import type { ActionView, ProcessOutputs } from '../../protocol/http-schema.ts';
import { formatDay, todayInHelsinki } from './process-format.ts';
import { tp, type PKey } from './tp.ts';

export type ActionStatus = ActionView['status'];
/** Kept here: the protocol module's ACTION_STATUSES would pull zod into the bundle. */
export const STATUSES: readonly ActionStatus[] = ['open', 'in_progress', 'done', 'dropped'];
const ICON: Record<ActionStatus, string> = { open: '○', in_progress: '◐', done: '✓', dropped: '✕' };

export function statusText(s: ActionStatus): string {
  return tp(`p.status.${s}` as PKey);
}

/** A status as words with a shape beside them; the colour only repeats what the words say. */
export function StatusBadge({ status }: { status: ActionStatus }) {
  return (
    <span class={`pp-status pp-status-${status}`}>
      <span aria-hidden="true">{ICON[status]} </span>
      {statusText(status)}
    </span>
  );
}

export function isOverdue(a: ActionView): boolean {
  return !!a.due && (a.status === 'open' || a.status === 'in_progress') && a.due < todayInHelsinki();
}

/**
 * The actions as a table (caption, column and row headers). With `onStatus` each row gets a
 * status select that saves at once; with `onEdit` an edit button. Without them it is read-only.
 */
export function ActionsTable(props: {
  actions: ActionView[];
  practices: ProcessOutputs['practices'];
  captionId: string;
  onStatus?: (a: ActionView, status: ActionStatus) => void;
  onEdit?: (a: ActionView) => void;
}) {
  const { actions, practices, onStatus, onEdit } = props;
  const practiceTitle = (id: string | null) => (id ? (practices.find((p) => p.id === id)?.title ?? tp('p.notSet')) : tp('p.notSet'));
  return (
    <div class="pp-table-wrap" tabIndex={0} role="region" aria-labelledby={props.captionId}>
      <table class="pp-table pp-actions-table">
        <caption id={props.captionId}>{tp('p.act.caption', { n: actions.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{tp('p.act.col.title')}</th>
            <th scope="col">{tp('p.act.col.owner')}</th>
            <th scope="col">{tp('p.act.col.due')}</th>
            <th scope="col">{tp('p.act.col.theme')}</th>
            <th scope="col">{tp('p.act.col.practice')}</th>
            <th scope="col">{tp('p.act.col.status')}</th>
            {onEdit && <th scope="col">{tp('p.act.col.edit')}</th>}
          </tr>
        </thead>
        <tbody>
          {actions.map((a) => (
            <tr key={a.id} class={`pp-action-row pp-action-${a.status}`}>
              <th scope="row">{a.title}</th>
              <td>{a.owner || tp('p.notSet')}</td>
              <td>
                {a.due ? formatDay(a.due) : tp('p.notSet')}
                {isOverdue(a) && (
                  <>
                    {' '}
                    <strong class="pp-overdue">({tp('p.act.overdue')})</strong>
                  </>
                )}
              </td>
              <td>{a.theme || tp('p.notSet')}</td>
              <td>{practiceTitle(a.practiceId)}</td>
              <td>
                {onStatus ? (
                  <>
                    <label class="visually-hidden" for={`act-status-${a.id}`}>
                      {tp('p.act.statusOf', { title: a.title })}
                    </label>
                    <select
                      id={`act-status-${a.id}`}
                      class={`pp-status-select pp-status-${a.status}`}
                      value={a.status}
                      onChange={(e) => onStatus(a, e.currentTarget.value as ActionStatus)}
                    >
                      {STATUSES.map((s) => (
                        <option key={s} value={s}>
                          {statusText(s)}
                        </option>
                      ))}
                    </select>
                  </>
                ) : (
                  <StatusBadge status={a.status} />
                )}
              </td>
              {onEdit && (
                <td>
                  <button
                    type="button"
                    class="f-small"
                    id={`act-edit-${a.id}`}
                    aria-label={tp('p.act.editOf', { title: a.title })}
                    onClick={() => onEdit(a)}
                  >
                    {tp('p.act.edit')}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
