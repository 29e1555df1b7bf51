import { useEffect, useState } from 'preact/hooks';
import type { LibrarySearchView } from '../../protocol/library-schema.ts';
import { libraryPath, scopeText, sectorText } from './library-format.ts';
import { PracticeArticle } from './library-practice.tsx';
import { usePageTitle } from './page-title.ts';
import { papi, problemText } from './process-api.ts';
import { tl } from './tl.ts';

const NAMES = ['q', 'keyword', 'theme', 'sector', 'org', 'scope'] as const;
type Name = (typeof NAMES)[number];
type Query = Record<Name, string>;

/** The search and its filters as they stand in the address (?q=…&sector=…). */
function readQuery(search: string): Query {
  const u = new URLSearchParams(search);
  return Object.fromEntries(NAMES.map((n) => [n, u.get(n) ?? ''])) as Query;
}

function toSearch(q: Query): string {
  const u = new URLSearchParams();
  for (const n of NAMES) if (q[n].trim()) u.set(n, q[n].trim());
  return u.toString();
}

/** One filter: "all" and the values the library answer lists (the current one kept even when absent). */
function Filter(props: { name: Name; label: string; value: string; options: [string, string][]; onChange(v: string): void }) {
  const opts =
    props.value && !props.options.some(([v]) => v === props.value) ? [...props.options, [props.value, props.value]] : props.options;
  return (
    <div class="field lib-filter">
      <label for={`lib-${props.name}`}>{props.label}</label>
      <select id={`lib-${props.name}`} name={props.name} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <option value="">{tl('l.lib.all')}</option>
        {opts.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * /:lang/library — the practice library: Finnish full-text search (inflected forms are found)
 * and filters over the organisation's own and the shared library; the search stays in the
 * address, so it can be bookmarked and sent. [SPEC L5–L7]
 */
export function LibraryPage({ onUnauthenticated }: { onUnauthenticated(): void }) {
  usePageTitle(tl('l.lib.title'));
  const [query, setQuery] = useState<Query>(() => readQuery(location.search));
  const [draft, setDraft] = useState<Query>(query);
  const [data, setData] = useState<LibrarySearchView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const back = () => {
      const q = readQuery(location.search);
      setQuery(q);
      setDraft(q);
    };
    addEventListener('popstate', back);
    return () => removeEventListener('popstate', back);
  }, []);

  useEffect(() => {
    let live = true;
    setBusy(true);
    void papi<LibrarySearchView>('GET', `/api/library?${toSearch(query)}`).then((r) => {
      if (!live) return;
      setBusy(false);
      if (r.ok) {
        setData(r.data);
        setError(null);
      } else if (r.status === 401) onUnauthenticated();
      else setError(problemText(r));
    });
    return () => {
      live = false;
    };
  }, [toSearch(query)]);

  const run = (q: Query) => {
    setQuery(q);
    setDraft(q);
    const to = libraryPath(toSearch(q));
    if (to !== location.pathname + location.search) history.pushState(null, '', to);
  };
  const set = (n: Name) => (v: string) => setDraft((d) => ({ ...d, [n]: v }));
  const f = data?.facets;
  const filtered = NAMES.some((n) => n !== 'q' && query[n]);

  return (
    <div class="lib-page">
      <h1 id="page-title" tabIndex={-1}>
        {tl('l.lib.title')}
      </h1>
      <p>{tl('l.lib.intro')}</p>
      <form
        class="lib-search"
        role="search"
        aria-label={tl('l.lib.searchLabel')}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          run(draft);
        }}
      >
        <div class="field">
          <label for="lib-q">{tl('l.lib.q')}</label>
          <div class="f-input-row">
            <input
              id="lib-q"
              name="q"
              type="search"
              value={draft.q}
              maxLength={200}
              aria-describedby="lib-q-hint"
              onInput={(e) => set('q')(e.currentTarget.value)}
            />
            <button type="submit" class="primary">
              {tl('l.lib.search')}
            </button>
          </div>
          <p class="hint" id="lib-q-hint">
            {tl('l.lib.qHint')}
          </p>
        </div>
        <fieldset class="lib-filters">
          <legend>{tl('l.lib.filters')}</legend>
          <Filter
            name="keyword"
            label={tl('l.lib.keyword')}
            value={draft.keyword}
            options={(f?.keywords ?? []).map((k) => [k, k])}
            onChange={set('keyword')}
          />
          <Filter
            name="theme"
            label={tl('l.lib.theme')}
            value={draft.theme}
            options={(f?.themes ?? []).map((k) => [k, k])}
            onChange={set('theme')}
          />
          <Filter
            name="sector"
            label={tl('l.lib.sector')}
            value={draft.sector}
            options={(f?.sectors ?? []).map((k) => [k, sectorText(k)])}
            onChange={set('sector')}
          />
          <Filter
            name="org"
            label={tl('l.lib.org')}
            value={draft.org}
            options={(f?.orgs ?? []).map((o) => [o.id, o.name])}
            onChange={set('org')}
          />
          <Filter
            name="scope"
            label={tl('l.lib.scope')}
            value={draft.scope}
            options={(['org', 'shared'] as const).map((k) => [k, scopeText(k)])}
            onChange={set('scope')}
          />
        </fieldset>
        <div class="f-row-buttons">
          <button type="submit">{tl('l.lib.apply')}</button>
          {(filtered || query.q) && (
            <button type="button" onClick={() => run(readQuery(''))}>
              {tl('l.lib.clear')}
            </button>
          )}
        </div>
      </form>
      <section aria-labelledby="lib-results-h" class="lib-results-area">
        <h2 id="lib-results-h">{tl('l.lib.results')}</h2>
        {error && <p class="error-text">{error}</p>}
        <p class="lib-count" aria-live="polite" data-testid="result-count">
          {busy && !data
            ? tl('l.lib.loading')
            : data
              ? data.results.length === 0
                ? tl('l.lib.none')
                : tl('l.lib.count', { n: data.results.length })
              : ''}
        </p>
        {data && data.results.length > 0 && (
          <ol class="lib-results">
            {data.results.map((p) => (
              <li key={p.id}>
                <PracticeArticle p={p} level={3} idPrefix="lib-r" showScope />
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
