import type { ComponentChildren } from 'preact';
import type { ExportFormat, ProcessOutputs } from '../../protocol/http-schema.ts';
import { processApi } from './process-api.ts';
import { formatDateTime } from './process-format.ts';
import { tp, type PKey } from './tp.ts';

/** The export formats (kept here: the protocol module's value would pull zod into the bundle). */
const FORMATS: readonly ExportFormat[] = ['pdf', 'docx', 'notes.csv', 'practices.csv', 'actions.csv', 'feedback.csv'];

function formatLabel(format: string): string {
  return (FORMATS as readonly string[]).includes(format) ? tp(`p.format.${format}` as PKey) : format;
}

/**
 * Downloads of the process reports as plain links (the browser saves the file). Every export
 * is written to the audit log; the text next to the links says so.
 */
export function ExportLinks({ id, onExport, children }: { id: string; onExport?: () => void; children?: ComponentChildren }) {
  return (
    <section class="pp-card pp-exports" aria-labelledby="pp-exports-h">
      <h2 id="pp-exports-h">{tp('p.exports.title')}</h2>
      <p class="hint" id="pp-exports-note">
        {tp('p.exports.audit')}
      </p>
      <ul class="pp-export-list">
        {FORMATS.map((f) => (
          <li key={f}>
            <a
              class="button"
              href={processApi(id, `/export/${f}`)}
              download
              aria-describedby="pp-exports-note"
              onClick={() => onExport?.()}
            >
              {tp(`p.export.${f}` as PKey)}
            </a>
          </li>
        ))}
      </ul>
      {children}
    </section>
  );
}

/** The exports done so far (from the audit log): when, who, what. */
export function ExportLog({ exports }: { exports: ProcessOutputs['exports'] }) {
  if (exports.length === 0) return <p>{tp('p.exports.none')}</p>;
  return (
    <div class="pp-table-wrap" tabIndex={0} role="region" aria-labelledby="pp-exportlog-caption">
      <table class="pp-table">
        <caption id="pp-exportlog-caption">{tp('p.exports.done')}</caption>
        <thead>
          <tr>
            <th scope="col">{tp('p.exports.at')}</th>
            <th scope="col">{tp('p.exports.user')}</th>
            <th scope="col">{tp('p.exports.format')}</th>
          </tr>
        </thead>
        <tbody>
          {[...exports]
            .sort((a, b) => b.at - a.at)
            .map((e, i) => (
              <tr key={`${e.at}-${i}`}>
                <td>{formatDateTime(e.at)}</td>
                <td>{e.user || tp('p.notSet')}</td>
                <td>{formatLabel(e.format)}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );
}
