import type { LibraryPracticeView } from '../../protocol/library-schema.ts';
import { methodText, scopeText, sectorText } from './library-format.ts';
import { formatDate } from './t.ts';
import { tl } from './tl.ts';

/**
 * A published practice as an article: title, description, keywords, context and where it comes
 * from (organisation, unit, date of session 2, method). Never who took part. [SPEC L1, L4]
 */
export function PracticeArticle(props: { p: LibraryPracticeView; level: 2 | 3 | 4; idPrefix: string; showScope?: boolean }) {
  const { p, level } = props;
  const H = `h${level}` as 'h3';
  const hid = `${props.idPrefix}-${p.id}`;
  const pv = p.provenance;
  return (
    <article class="lib-practice" aria-labelledby={hid}>
      <H id={hid} class="lib-practice-title">
        {p.title}
      </H>
      {p.description && <p class="lib-text">{p.description}</p>}
      {p.keywords.length > 0 && (
        <div class="lib-keywords">
          <span class="lib-label">{tl('l.practice.keywords')}</span>
          <ul>
            {p.keywords.map((k) => (
              <li key={k}>{k}</li>
            ))}
          </ul>
        </div>
      )}
      <dl class="lib-meta">
        {p.context && (
          <div>
            <dt>{tl('l.practice.context')}</dt>
            <dd>{p.context}</dd>
          </div>
        )}
        {p.theme && (
          <div>
            <dt>{tl('l.practice.theme')}</dt>
            <dd>{p.theme}</dd>
          </div>
        )}
        <div>
          <dt>{tl('l.practice.from')}</dt>
          <dd>{[pv.unit, pv.organisation].filter(Boolean).join(', ')}</dd>
        </div>
        <div>
          <dt>{tl('l.practice.date')}</dt>
          <dd>{formatDate(pv.date)}</dd>
        </div>
        <div>
          <dt>{tl('l.practice.method')}</dt>
          <dd>{methodText(pv.method)}</dd>
        </div>
        <div>
          <dt>{tl('l.practice.sector')}</dt>
          <dd>{sectorText(p.sector)}</dd>
        </div>
        {props.showScope && (
          <div>
            <dt>{tl('l.practice.scope')}</dt>
            <dd>{scopeText(p.scope)}</dd>
          </div>
        )}
      </dl>
    </article>
  );
}
