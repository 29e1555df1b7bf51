import type { Lang } from '../domain/types.ts';
import { continueName, formatDateTime, formatLocal, formatMean, locale, statementText, statusName } from './format.ts';
import { reportLabel, type ReportKey } from './labels.ts';
import { practiceBlocks, session1Blocks, session2Blocks } from './outline-sessions.ts';
import type { ProcessReport, ReportFeedback, ReportPhoto } from './report-model.ts';

/**
 * The report as a flat list of blocks, built once from the model so the PDF and the DOCX show the
 * same sections in the same order with the same words; each renderer only decides how a block looks.
 */
export type Block =
  | { kind: 'title'; over: string; title: string; facts: [string, string][] }
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; tag?: string; newPage?: boolean }
  | { kind: 'label'; text: string }
  | { kind: 'text'; text: string; muted?: boolean }
  | { kind: 'list'; items: ListItem[] }
  | { kind: 'table'; header: string[]; widths: number[]; rows: string[][] }
  | { kind: 'photos'; photos: ReportPhoto[] }
  | { kind: 'scales'; scaleNote: string; header: string[]; items: ScaleItem[] };

export interface ListItem {
  text: string;
  important?: boolean;
}

export interface ScaleItem {
  statement: string;
  counts: number[];
  /** "3 (25 %)" for each of 1…5 */
  countTexts: string[];
  mean: number | null;
  /** "Keskiarvo 4,2" or "Ei vastauksia." */
  meanText: string;
  /** "4,2" or "–", for a table cell */
  meanValue: string;
}

export function buildOutline(report: ProcessReport): Block[] {
  const lang = report.lang;
  const L = (key: ReportKey, p?: Record<string, string | number>) => reportLabel(lang, key, p);
  const p = report.process;
  const none = L('report.not_set');
  const blocks: Block[] = [
    {
      kind: 'title',
      over: L('report.doc_title'),
      title: p.name,
      facts: [
        [L('report.organisation'), p.organisation || none],
        [L('report.unit'), p.unit || none],
        [L('report.facilitator'), p.facilitator || none],
        [L('report.commissioner'), p.commissioner ?? none],
        [L('report.generated'), formatDateTime(lang, report.generatedAt)],
      ],
    },
  ];
  if (p.purpose.trim()) blocks.push({ kind: 'label', text: L('report.purpose') }, { kind: 'text', text: p.purpose });
  blocks.push({ kind: 'heading', level: 1, text: L('report.summary') });
  blocks.push(
    report.summary.trim() ? { kind: 'text', text: report.summary } : { kind: 'text', text: L('report.summary_empty'), muted: true },
  );

  blocks.push(...session1Blocks(lang, report.session1));
  blocks.push(...session2Blocks(lang, report.session2));
  blocks.push(...practiceBlocks(lang, report.session2?.practices ?? []));
  blocks.push(...followupBlocks(report));
  blocks.push(...actionBlocks(report));
  blocks.push(...feedbackBlocks(lang, report.feedback));
  return blocks;
}

function followupBlocks(report: ProcessReport): Block[] {
  const lang = report.lang;
  const L = (key: ReportKey) => reportLabel(lang, key);
  const f = report.followup;
  // an empty section is one line: no page of its own
  const out: Block[] = [{ kind: 'heading', level: 1, text: L('report.followup'), newPage: f !== null }];
  if (!f) return [...out, { kind: 'text', text: L('report.followup_empty'), muted: true }];
  const field = (label: string, text: string) => {
    out.push({ kind: 'label', text: label });
    out.push(text.trim() ? { kind: 'text', text } : { kind: 'text', text: L('report.not_set'), muted: true });
  };
  field(L('report.followup.heard'), f.heard);
  field(L('report.followup.needs_months'), f.needsMonths);
  field(L('report.followup.needs_years'), f.needsYears);
  if (f.themePlans.length > 0) {
    out.push({ kind: 'label', text: L('report.followup.theme_plans') });
    out.push({
      kind: 'table',
      header: [L('report.practice.theme'), L('report.followup.plan')],
      widths: [1, 2],
      rows: f.themePlans.map((t) => [t.theme, t.plan]),
    });
  }
  field(L('report.followup.results_use'), f.resultsUse);
  field(L('report.followup.continue'), continueName(lang, f.continueDialogue));
  const meeting = f.nextMeeting ? [formatLocal(lang, f.nextMeeting), f.nextMeetingPlace].filter(Boolean).join(', ') : '';
  field(L('report.followup.next_meeting'), meeting);
  return out;
}

function actionBlocks(report: ProcessReport): Block[] {
  const lang = report.lang;
  const L = (key: ReportKey) => reportLabel(lang, key);
  const heading: Block = { kind: 'heading', level: 1, text: L('report.actions') };
  if (report.actions.length === 0) return [heading, { kind: 'text', text: L('report.actions_empty'), muted: true }];
  const none = L('report.not_set');
  return [
    heading,
    {
      kind: 'table',
      header: [
        L('report.action.title'),
        L('report.action.owner'),
        L('report.action.due'),
        L('report.action.status'),
        L('report.action.theme'),
      ],
      widths: [3.2, 1.6, 1.2, 1.1, 2],
      rows: report.actions.map((a) => [
        // the practice an action grows from belongs with its title rather than in a sixth, mostly empty column
        a.practice ? `${a.title}\n(${L('report.action.practice')}: ${a.practice})` : a.title,
        a.owner || none,
        a.due ? formatLocal(lang, a.due) : none,
        statusName(lang, a.status),
        a.theme ?? none,
      ]),
    },
  ];
}

function feedbackBlocks(lang: Lang, feedback: ReportFeedback[]): Block[] {
  const L = (key: ReportKey, p?: Record<string, string | number>) => reportLabel(lang, key, p);
  const out: Block[] = [{ kind: 'heading', level: 1, text: L('report.feedback'), newPage: feedback.length > 0 }];
  if (feedback.length === 0) return [...out, { kind: 'text', text: L('report.feedback_empty'), muted: true }];
  for (const fb of feedback) {
    out.push({ kind: 'heading', level: 2, text: L('report.feedback.session', { name: fb.sessionName }) });
    out.push({ kind: 'text', text: L('report.feedback.answers', { count: fb.answers }), muted: true });
    if (fb.answers === 0) {
      out.push({ kind: 'text', text: L('report.feedback.no_answers') });
      continue;
    }
    out.push({
      kind: 'scales',
      scaleNote: L('report.feedback.scale'),
      header: [L('report.feedback.statement'), '1', '2', '3', '4', '5', L('report.csv.mean')],
      items: fb.statements.map((s, i) => ({
        statement: statementText(lang, i),
        counts: [...s.counts],
        countTexts: countTexts(lang, s.counts),
        mean: s.mean,
        meanText: s.mean === null ? L('report.feedback.no_answers') : L('report.feedback.mean', { mean: formatMean(lang, s.mean) }),
        meanValue: s.mean === null ? L('report.not_set') : formatMean(lang, s.mean),
      })),
    });
    out.push({ kind: 'label', text: L('report.feedback.open') });
    out.push(
      fb.open.length > 0
        ? { kind: 'list', items: fb.open.map((text) => ({ text })) }
        : { kind: 'text', text: L('report.feedback.open_empty'), muted: true },
    );
  }
  return out;
}

function countTexts(lang: Lang, counts: readonly number[]): string[] {
  const total = counts.reduce((a, b) => a + b, 0);
  const pct = new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: 0 });
  return counts.map((n) => (total > 0 ? `${n} (${pct.format(n / total)})` : String(n)));
}
