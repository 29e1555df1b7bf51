import { useState } from 'preact/hooks';
import { PoolProfileForm } from './pool-profile-form.tsx';
import { hoursText, methodName, type Facilitator, type PoolRights } from './pool-model.ts';
import { tpo } from './tpo.ts';

/**
 * The pool as a table: languages, methods, availability and the monthly allowance of each
 * facilitator, with an edit button per row. Overseers edit everyone; a facilitator sees and
 * edits their own row only, without the allowance. [SPEC PR7]
 */
export function PoolTable(props: { orgId: string; pool: Facilitator[]; rights: PoolRights; onSaved(f: Facilitator): void }) {
  const { pool, rights } = props;
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState('');
  const current = pool.find((f) => f.userId === editing) ?? null;
  const own = !rights.oversees;

  const close = (userId: string) => {
    setEditing(null);
    requestAnimationFrame(() => document.getElementById(`po-edit-${userId}`)?.focus());
  };

  return (
    <section class="pp-card" aria-labelledby="po-list-title">
      <h2 id="po-list-title">{tpo(own ? 'po.list.titleOwn' : 'po.list.title')}</h2>
      {pool.length === 0 ? (
        <p>{tpo('po.list.empty')}</p>
      ) : (
        <div class="pp-table-wrap" tabIndex={0} role="region" aria-labelledby="po-list-caption">
          <table class="pp-table po-table">
            <caption id="po-list-caption">{own ? tpo('po.list.captionOwn') : tpo('po.list.caption', { n: pool.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{tpo('po.col.name')}</th>
                <th scope="col">{tpo('po.col.languages')}</th>
                <th scope="col">{tpo('po.col.methods')}</th>
                <th scope="col">{tpo('po.col.availability')}</th>
                <th scope="col" class="pp-num">
                  {tpo('po.col.allowance')}
                </th>
                <th scope="col">{tpo('po.col.edit')}</th>
              </tr>
            </thead>
            <tbody>
              {pool.map((f) => (
                <tr key={f.userId} data-testid={`po-row-${f.email}`}>
                  <th scope="row">
                    {f.name}
                    <span class="po-email">{f.email}</span>
                  </th>
                  <td>{f.languages.join(', ') || '–'}</td>
                  <td>{f.methods.map(methodName).join(', ') || '–'}</td>
                  <td>{f.availability || '–'}</td>
                  <td class="pp-num">{hoursText(f.allowanceHours)}</td>
                  <td>
                    <button
                      type="button"
                      id={`po-edit-${f.userId}`}
                      aria-label={tpo('po.editOf', { name: f.name })}
                      aria-expanded={editing === f.userId}
                      aria-controls={editing === f.userId ? 'po-profile' : undefined}
                      onClick={() => {
                        setSaved('');
                        setEditing(editing === f.userId ? null : f.userId);
                      }}
                    >
                      {tpo('po.edit')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p role="status" class="a-done">
        {saved}
      </p>
      {current && (
        <PoolProfileForm
          key={current.userId}
          orgId={props.orgId}
          person={current}
          editAllowance={rights.oversees}
          onCancel={() => close(current.userId)}
          onSaved={(f) => {
            props.onSaved(f);
            setSaved(tpo('po.form.saved', { name: f.name }));
            close(f.userId);
          }}
        />
      )}
    </section>
  );
}
