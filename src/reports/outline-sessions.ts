import type { Lang } from '../domain/types.ts';
import { formatDate, originName, zoneLine } from './format.ts';
import { reportLabel, type ReportKey } from './labels.ts';
import type { Block, ListItem } from './outline.ts';
import type { ReportGroup, ReportNote, ReportPractice, ReportSession1, ReportSession2 } from './report-model.ts';

type Label = (key: ReportKey, p?: Record<string, string | number>) => string;

/** A name appears only when the builder kept it (names were on in that session). */
function noteItem(n: ReportNote): ListItem {
  return { text: n.author ? `${n.text} (${n.author})` : n.text, important: n.important };
}

export function session1Blocks(lang: Lang, s: ReportSession1 | null): Block[] {
  const L: Label = (key, p) => reportLabel(lang, key, p);
  if (!s) return [{ kind: 'heading', level: 1, text: L('report.s1.title') }, muted(L('report.s1.empty'))];
  const out: Block[] = [
    { kind: 'heading', level: 1, text: L('report.s1.heading', { name: s.name }), newPage: true },
    muted(L('report.session_meta', { date: formatDate(lang, s.date), count: s.participants })),
  ];
  const anyImportant = s.tables.some((t) => [...t.unthemed, ...t.themes.flatMap((th) => th.notes)].some((n) => n.important));
  if (anyImportant) out.push(muted(L('report.s1.important_legend')));
  for (const t of s.tables) {
    out.push({ kind: 'heading', level: 2, text: t.title });
    if (t.zone !== null) out.push(muted(zoneLine(lang, t.zone)));
    if (t.themes.length === 0 && t.unthemed.length === 0) out.push(muted(L('report.s1.no_notes')));
    for (const th of t.themes) {
      out.push({ kind: 'heading', level: 3, text: th.name, ...(th.carried ? { tag: L('report.s1.carried') } : {}) });
      if (th.notes.length > 0) out.push({ kind: 'list', items: th.notes.map(noteItem) });
    }
    if (t.unthemed.length > 0) {
      out.push({ kind: 'heading', level: 3, text: L('report.s1.unthemed') });
      out.push({ kind: 'list', items: t.unthemed.map(noteItem) });
    }
  }
  return out;
}

export function session2Blocks(lang: Lang, s: ReportSession2 | null): Block[] {
  const L: Label = (key, p) => reportLabel(lang, key, p);
  if (!s) return [{ kind: 'heading', level: 1, text: L('report.s2.title') }, muted(L('report.s2.empty'))];
  const out: Block[] = [
    { kind: 'heading', level: 1, text: L('report.s2.heading', { name: s.name }), newPage: true },
    muted(L('report.session_meta', { date: formatDate(lang, s.date), count: s.participants })),
  ];
  for (const offer of s.offers) {
    out.push({ kind: 'heading', level: 2, text: L('report.s2.offer', { name: offer.name }), tag: originName(lang, offer.origin) });
    if (offer.groups.length === 0) out.push(muted(L('report.s2.no_groups')));
    for (const g of offer.groups) {
      // a theme that was not split has one group; its label would only repeat the theme name
      if (offer.groups.length > 1 || g.label !== offer.name) out.push({ kind: 'heading', level: 3, text: g.label });
      out.push(...groupBlocks(L, g));
    }
  }
  return out;
}

function groupBlocks(L: Label, g: ReportGroup): Block[] {
  const out: Block[] = [];
  const list = (key: ReportKey, items: string[]) => {
    if (items.length > 0) out.push({ kind: 'label', text: L(key) }, { kind: 'list', items: items.map((text) => ({ text })) });
  };
  list('report.s2.key_themes', g.keyThemes);
  if (g.keywords.length > 0) out.push({ kind: 'label', text: L('report.s2.keywords') }, { kind: 'text', text: g.keywords.join(', ') });
  list('report.s2.texts', g.texts);
  if (g.photos.length > 0) out.push({ kind: 'label', text: L('report.s2.photos') }, { kind: 'photos', photos: g.photos });
  list('report.s2.pearls', g.pearls);
  if (g.mainPoints.trim()) out.push({ kind: 'label', text: L('report.s2.main_points') }, { kind: 'text', text: g.mainPoints });
  return out;
}

export function practiceBlocks(lang: Lang, practices: ReportPractice[]): Block[] {
  const L: Label = (key, p) => reportLabel(lang, key, p);
  // an empty section is one line: no page of its own
  if (practices.length === 0) return [{ kind: 'heading', level: 1, text: L('report.practices') }, muted(L('report.practices_empty'))];
  const out: Block[] = [{ kind: 'heading', level: 1, text: L('report.practices'), newPage: true }];
  for (const pr of practices) {
    out.push({ kind: 'heading', level: 2, text: pr.title });
    if (pr.description.trim()) out.push({ kind: 'text', text: pr.description });
    const fields: [ReportKey, string][] = [
      ['report.practice.keywords', pr.keywords.join(', ')],
      ['report.practice.context', pr.context],
      ['report.practice.theme', pr.theme],
      ['report.practice.session', pr.session],
    ];
    for (const [key, value] of fields) if (value.trim()) out.push({ kind: 'label', text: L(key) }, { kind: 'text', text: value });
  }
  return out;
}

function muted(text: string): Block {
  return { kind: 'text', text, muted: true };
}
