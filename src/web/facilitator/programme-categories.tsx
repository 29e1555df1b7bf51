import { useState } from 'preact/hooks';
import type { CategoryView } from '../../protocol/programme-schema.ts';
import { announce } from './announce.ts';
import { FormError } from './form-error.tsx';
import { papi } from './process-api.ts';
import { errorText } from './t.ts';
import { TextField } from './text-field.tsx';
import { tpr } from './tpr.ts';

/** One category: rename in place, archive or restore (never delete: statistics keep the name). */
function CategoryRow(props: { c: CategoryView; base: string; onSaved(c: CategoryView): void }) {
  const { c } = props;
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(c.name);
  const [error, setError] = useState<string | undefined>(undefined);

  const patch = async (body: { name?: string; archived?: boolean }) => {
    const r = await papi<CategoryView>('PATCH', `${props.base}/${encodeURIComponent(c.id)}`, body);
    if (!r.ok) return setError(r.message || errorText(r.code));
    setError(undefined);
    setEditing(false);
    props.onSaved(r.data);
    if (body.name !== undefined) announce(tpr('pr.cat.renamed', { name: r.data.name }));
    else announce(tpr(r.data.archived ? 'pr.cat.archivedDone' : 'pr.cat.restored', { name: r.data.name }));
  };

  return (
    <li class="pr-cat">
      {editing ? (
        <form
          class="pr-actions"
          onSubmit={(e) => {
            e.preventDefault();
            void patch({ name: name.trim() });
          }}
        >
          <TextField
            id={`pr-cat-${c.id}`}
            label={tpr('pr.cat.name', { name: c.name })}
            value={name}
            maxLength={80}
            onInput={setName}
            error={error}
          />
          <button type="submit" class="primary">
            {tpr('pr.cat.rename')}
          </button>
          <button type="button" onClick={() => setEditing(false)}>
            {tpr('pr.ov.cancel')}
          </button>
        </form>
      ) : (
        <>
          <span class="pr-cat-name">
            {c.name}
            {c.archived && <span class="f-badge f-badge-closed"> {tpr('pr.cat.archived')}</span>}
          </span>
          <button type="button" class="f-small" aria-label={`${tpr('pr.cat.rename')}: ${c.name}`} onClick={() => setEditing(true)}>
            {tpr('pr.cat.rename')}
          </button>
          <button
            type="button"
            class="f-small"
            aria-label={`${tpr(c.archived ? 'pr.cat.restore' : 'pr.cat.archive')}: ${c.name}`}
            onClick={() => void patch({ archived: !c.archived })}
          >
            {tpr(c.archived ? 'pr.cat.restore' : 'pr.cat.archive')}
          </button>
          {error && <p class="error-text">{error}</p>}
        </>
      )}
    </li>
  );
}

/** The organisation's categories: add, rename, archive. Coordinators and org admins. [SPEC PR5] */
export function ProgrammeCategories(props: { orgId: string; categories: CategoryView[]; onChange(c: CategoryView[]): void }) {
  const base = `/api/orgs/${encodeURIComponent(props.orgId)}/categories`;
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [n, setN] = useState(0);

  const add = async (e: Event) => {
    e.preventDefault();
    const r = await papi<CategoryView>('POST', base, { name: name.trim() });
    if (!r.ok) {
      setError(r.message || errorText(r.code));
      setN((k) => k + 1);
      return;
    }
    setError(null);
    setName('');
    props.onChange([...props.categories, r.data]);
    announce(tpr('pr.cat.added', { name: r.data.name }));
  };

  return (
    <section class="pp-card pr-cats" aria-labelledby="pr-cat-h">
      <h2 id="pr-cat-h">{tpr('pr.cat.title')}</h2>
      <p class="hint">{tpr('pr.cat.intro')}</p>
      <ul class="pr-cat-list">
        {props.categories.map((c) => (
          <CategoryRow key={c.id} c={c} base={base} onSaved={(x) => props.onChange(props.categories.map((y) => (y.id === x.id ? x : y)))} />
        ))}
      </ul>
      <form class="pr-actions" onSubmit={(e) => void add(e)}>
        <FormError message={error} n={n} />
        <TextField id="pr-cat-new" label={tpr('pr.cat.new')} value={name} maxLength={80} required onInput={setName} />
        <button type="submit">{tpr('pr.cat.add')}</button>
      </form>
    </section>
  );
}
