import type { Lang } from '../domain/types.ts';
import { statementText, statusName, zoneName } from './format.ts';
import { reportLabel, type ReportKey } from './labels.ts';
import type { ProcessReport } from './report-model.ts';

/**
 * CSV exports for spreadsheets: RFC 4180 (comma separator, CRLF line ends, quotes doubled), UTF-8
 * with a byte-order mark because Excel otherwise reads the file as a legacy code page and breaks
 * ä ö å. Dates are ISO (YYYY-MM-DD) and means use a decimal point, so the columns sort and compute
 * the same in every locale.
 */
const BOM = '\uFEFF';

/** A cell that a spreadsheet would run as a formula (or as DDE) is shown as text instead. */
function guard(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Text cells are quoted and guarded; number cells are written as they are (a number is never a formula, also when negative). */
export function toCsv(rows: (string | number)[][]): string {
  return BOM + rows.map((row) => row.map((c) => (typeof c === 'number' ? String(c) : quote(guard(c)))).join(',') + '\r\n').join('');
}

function header(lang: Lang, keys: ReportKey[]): string[] {
  return keys.map((k) => reportLabel(lang, k));
}

/** Session 1 notes, one per row, with the table, zone and theme they were sorted into. */
export function csvNotes(report: ProcessReport): string {
  const lang = report.lang;
  const yes = reportLabel(lang, 'report.csv.yes');
  const no = reportLabel(lang, 'report.csv.no');
  const rows = [
    header(lang, [
      'report.csv.session',
      'report.csv.table',
      'report.csv.zone',
      'report.csv.theme',
      'report.csv.carried',
      'report.csv.note',
      'report.csv.important',
      'report.csv.author',
    ]),
  ];
  const s = report.session1;
  for (const t of s?.tables ?? []) {
    const zone = t.zone === null ? '' : `${t.zone} ${zoneName(lang, t.zone)}`;
    for (const th of t.themes) {
      for (const n of th.notes)
        rows.push([s?.name ?? '', t.title, zone, th.name, th.carried ? yes : no, n.text, n.important ? yes : no, n.author ?? '']);
    }
    for (const n of t.unthemed) rows.push([s?.name ?? '', t.title, zone, '', '', n.text, n.important ? yes : no, n.author ?? '']);
  }
  return toCsv(rows);
}

export function csvPractices(report: ProcessReport): string {
  const lang = report.lang;
  const rows = [
    header(lang, [
      'report.practice.title',
      'report.practice.description',
      'report.practice.keywords',
      'report.practice.context',
      'report.practice.theme',
      'report.practice.session',
    ]),
  ];
  for (const p of report.session2?.practices ?? [])
    rows.push([p.title, p.description, p.keywords.join('; '), p.context, p.theme, p.session]);
  return toCsv(rows);
}

export function csvActions(report: ProcessReport): string {
  const lang = report.lang;
  const rows = [
    header(lang, [
      'report.action.title',
      'report.action.owner',
      'report.action.due',
      'report.action.status',
      'report.action.theme',
      'report.action.practice',
    ]),
  ];
  for (const a of report.actions) rows.push([a.title, a.owner, a.due ?? '', statusName(lang, a.status), a.theme ?? '', a.practice ?? '']);
  return toCsv(rows);
}

/** One row per statement (counts of 1…5 and the mean) and one per open answer, per session. */
export function csvFeedback(report: ProcessReport): string {
  const lang = report.lang;
  const rows = [
    [
      ...header(lang, ['report.csv.session', 'report.csv.question', 'report.csv.answers']),
      '1',
      '2',
      '3',
      '4',
      '5',
      ...header(lang, ['report.csv.mean', 'report.csv.answer']),
    ],
  ];
  const open = reportLabel(lang, 'report.feedback.open');
  for (const fb of report.feedback) {
    fb.statements.forEach((s, i) => {
      const answered = s.counts.reduce((a, b) => a + b, 0);
      rows.push([
        fb.sessionName,
        statementText(lang, i),
        String(answered),
        ...s.counts.map(String),
        s.mean === null ? '' : s.mean.toFixed(2),
        '',
      ]);
    });
    for (const text of fb.open) rows.push([fb.sessionName, open, '', '', '', '', '', '', '', text]);
  }
  return toCsv(rows);
}
