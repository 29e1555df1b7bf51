import { useRef, useState } from 'preact/hooks';
import type { LibraryPracticeView, LibrarySearchView } from '../../protocol/library-schema.ts';
import { announce } from './announce.ts';
import { papi, problemText } from './process-api.ts';
import { formatDate } from './t.ts';
import { tl } from './tl.ts';

export interface OrderItem {
  practice: LibraryPracticeView;
  note: string;
}

const from = (p: LibraryPracticeView) =>
  [p.provenance.unit, p.provenance.organisation, formatDate(p.provenance.date)].filter(Boolean).join(' · ');

/**
 * Picks practices from the organisation's own or the shared library: a search (inflected forms
 * are found) and an "add" button on each result.
 */
function Picker(props: { orgId: string; chosen: string[]; onAdd(p: LibraryPracticeView): void }) {
  const [q, setQ] = useState('');
  const [where, setWhere] = useState<'own' | 'shared'>('own');
  const [found, setFound] = useState<LibraryPracticeView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const search = async () => {
    const u = new URLSearchParams({ q });
    if (where === 'own') u.set('org', props.orgId);
    else u.set('scope', 'shared');
    const r = await papi<LibrarySearchView>('GET', `/api/library?${u.toString()}`);
    if (!r.ok) return setError(problemText(r));
    setError(null);
    setFound(r.data.results);
  };
  return (
    <fieldset class="lib-picker">
      <legend>{tl('l.order.pick')}</legend>
      <div class="field">
        <label for="mt-pick-q">{tl('l.lib.q')}</label>
        <input
          id="mt-pick-q"
          type="search"
          value={q}
          maxLength={200}
          aria-describedby="mt-pick-hint"
          onInput={(e) => setQ(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void search();
            }
          }}
        />
        <p class="hint" id="mt-pick-hint">
          {tl('l.lib.qHint')}
        </p>
      </div>
      <div class="field">
        <label for="mt-pick-where">{tl('l.order.where')}</label>
        <select id="mt-pick-where" value={where} onChange={(e) => setWhere(e.currentTarget.value as 'own')}>
          <option value="own">{tl('l.order.own')}</option>
          <option value="shared">{tl('l.order.shared')}</option>
        </select>
      </div>
      <button type="button" onClick={() => void search()}>
        {tl('l.lib.search')}
      </button>
      {error && <p class="error-text">{error}</p>}
      <p class="lib-count" aria-live="polite">
        {found ? (found.length === 0 ? tl('l.lib.none') : tl('l.lib.count', { n: found.length })) : ''}
      </p>
      {found && found.length > 0 && (
        <ul class="lib-pick-list">
          {found.map((p) => (
            <li key={p.id}>
              <span class="lib-pick-title">{p.title}</span> <span class="f-muted">{from(p)}</span>{' '}
              {props.chosen.includes(p.id) ? (
                <span class="f-badge">{tl('l.order.inOrder')}</span>
              ) : (
                <button type="button" class="f-small" onClick={() => props.onAdd(p)} aria-label={tl('l.order.addOf', { title: p.title })}>
                  {tl('l.order.add')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

/**
 * The running order of a meetup: move up / move down / remove buttons (no dragging), a note
 * for each item, and the picker. After a move the focus stays on the moved item's button.
 */
export function RunningOrder(props: { orgId: string; items: OrderItem[]; onChange(items: OrderItem[]): void }) {
  const list = useRef<HTMLOListElement>(null);
  const { items } = props;
  const move = (i: number, d: -1 | 1, which: string) => {
    const j = i + d;
    if (j < 0 || j >= items.length) return;
    const next = [...items];
    [next[i], next[j]] = [next[j]!, next[i]!];
    props.onChange(next);
    announce(tl('l.order.moved', { title: items[i]!.practice.title, n: j + 1 }));
    requestAnimationFrame(() => {
      const btn = list.current?.querySelector<HTMLButtonElement>(`[data-item="${j}"][data-act="${which}"]`);
      const alt = list.current?.querySelector<HTMLButtonElement>(`[data-item="${j}"][data-act="${which === 'up' ? 'down' : 'up'}"]`);
      (btn && !btn.disabled ? btn : alt)?.focus();
    });
  };
  const remove = (i: number) => {
    announce(tl('l.order.removed', { title: items[i]!.practice.title }));
    props.onChange(items.filter((_, k) => k !== i));
    requestAnimationFrame(() => document.getElementById('mt-order-h')?.focus());
  };
  return (
    <section class="lib-order" aria-labelledby="mt-order-h">
      <h3 id="mt-order-h" tabIndex={-1}>
        {tl('l.order.title')}
      </h3>
      {items.length === 0 && <p>{tl('l.order.empty')}</p>}
      <ol ref={list} class="lib-order-list">
        {items.map((it, i) => {
          const t = it.practice.title;
          return (
            <li key={it.practice.id} class="lib-order-item">
              <p class="lib-order-title">
                <strong>{t}</strong> <span class="f-muted">{from(it.practice)}</span>
              </p>
              <div class="field">
                <label for={`mt-note-${i}`}>{tl('l.order.note', { n: i + 1 })}</label>
                <textarea
                  id={`mt-note-${i}`}
                  rows={2}
                  maxLength={1000}
                  value={it.note}
                  onInput={(e) => {
                    const note = e.currentTarget.value;
                    props.onChange(items.map((x, k) => (k === i ? { ...x, note } : x)));
                  }}
                />
              </div>
              <div class="f-row-buttons">
                <button
                  type="button"
                  class="f-small"
                  data-item={i}
                  data-act="up"
                  disabled={i === 0}
                  onClick={() => move(i, -1, 'up')}
                  aria-label={tl('l.order.upOf', { title: t })}
                >
                  {tl('l.order.up')}
                </button>
                <button
                  type="button"
                  class="f-small"
                  data-item={i}
                  data-act="down"
                  disabled={i === items.length - 1}
                  onClick={() => move(i, 1, 'down')}
                  aria-label={tl('l.order.downOf', { title: t })}
                >
                  {tl('l.order.down')}
                </button>
                <button type="button" class="f-small danger" onClick={() => remove(i)} aria-label={tl('l.order.removeOf', { title: t })}>
                  {tl('l.order.remove')}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <Picker
        orgId={props.orgId}
        chosen={items.map((x) => x.practice.id)}
        onAdd={(p) => {
          props.onChange([...items, { practice: p, note: '' }]);
          announce(tl('l.order.added', { title: p.title, n: items.length + 1 }));
        }}
      />
    </section>
  );
}
