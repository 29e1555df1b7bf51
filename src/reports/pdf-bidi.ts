import type { Bidi, EmbeddingLevels } from 'bidi-js';
import { createRequire } from 'node:module';
import type { Doc } from './pdf-layout.ts';

/**
 * Right-to-left text (Arabic, Hebrew) in the PDF. pdfkit writes every line left to right in
 * logical order, and fontkit only shapes and reverses each space-separated word on its own, so
 * an Arabic sentence would come out with its words in the wrong order. Text that has a
 * right-to-left character is therefore wrapped here, each line is put through the Unicode
 * Bidirectional Algorithm (bidi-js, UAX #9: levels for the paragraph, reordering per wrapped
 * line), and drawn run by run in visual order:
 *
 * - a right-to-left run is handed to pdfkit in logical order, with mirrored brackets swapped, and
 *   with `features` set, which makes pdfkit lay the whole run out in one fontkit call; fontkit
 *   shapes it (Arabic joining forms and the lam-alef ligature from DejaVu's GSUB) and reverses it;
 * - a left-to-right run (Finnish words, numbers) is written as usual.
 *
 * The paragraph direction comes from its first strong character (like `dir="auto"`), and a
 * right-to-left paragraph is aligned to the right edge. Text without a right-to-left character
 * goes straight to doc.text, so Finnish, Swedish and English output is unchanged.
 */

// bidi-js is a UMD bundle whose module.exports is the factory; its .d.ts declares an ES default
// export, which TypeScript's NodeNext reading of a CommonJS package does not line up with.
const bidi = (createRequire(import.meta.url)('bidi-js') as () => Bidi)();

/** Hebrew, Arabic, Syriac, Thaana, N'Ko … (U+0590–U+08FF), their presentation forms, and the RTL planes. */
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFE\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/** Any non-null `features` makes pdfkit lay a string out in one piece; fontkit still applies the script's own features. */
const WHOLE_RUN: string[] = [];

export function hasRtl(text: string): boolean {
  return RTL.test(text);
}

export interface TextOptions {
  width: number;
  lineGap?: number;
  paragraphGap?: number;
  align?: 'left' | 'center' | 'right';
  /** With `ellipsis`: the text is cut to this height (table cells, the footer). */
  height?: number;
  ellipsis?: boolean;
}

interface Piece {
  text: string;
  /** Lay out in one piece (fontkit reverses it because its script is right-to-left). */
  whole: boolean;
  width: number;
}

interface Line {
  pieces: Piece[];
  width: number;
  rtl: boolean;
  /** Last line of a hard-line paragraph (pdfkit adds paragraphGap after each). */
  last: boolean;
  para: string;
  levels: EmbeddingLevels;
  /** The line is para[s, e). */
  s: number;
  e: number;
}

/** Where the text would go in pdfkit's doc.text; for text with RTL characters, bidi-reordered and wrapped here. */
export function bidiText(doc: Doc, text: string, x: number, y: number, options: TextOptions): void {
  if (!hasRtl(text)) {
    doc.text(text, x, y, options);
    return;
  }
  const lineHeight = doc.currentLineHeight(true);
  const lineGap = options.lineGap ?? 0;
  const limited = options.height !== undefined;
  let maxY = limited ? y + (options.height ?? 0) : doc.page.maxY();
  let cy = y;
  if (!limited && cy + lineHeight > maxY) ({ cy, maxY } = newPage(doc));
  const lines = wrap(doc, text, options.width);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] as Line;
    const more = i < lines.length - 1;
    if (limited && options.ellipsis && more && cy + lineHeight * 2 > maxY) {
      line = withEllipsis(doc, line, options.width);
      drawLine(doc, line, x, cy, options);
      cy += lineHeight + lineGap;
      break;
    }
    drawLine(doc, line, x, cy, options);
    cy += lineHeight + lineGap;
    if (line.last) cy += options.paragraphGap ?? 0;
    if (more && cy + lineHeight > maxY) {
      if (limited) break;
      ({ cy, maxY } = newPage(doc));
    }
  }
  doc.x = x;
  doc.y = cy;
}

/** What doc.heightOfString gives, for text that bidiText would wrap itself. */
export function bidiHeight(doc: Doc, text: string, options: TextOptions): number {
  if (!hasRtl(text)) return doc.heightOfString(text, options);
  const lines = wrap(doc, text, options.width);
  const gap = options.paragraphGap ?? 0;
  return lines.reduce((h, l) => h + doc.currentLineHeight(true) + (options.lineGap ?? 0) + (l.last ? gap : 0), 0);
}

/** The paragraph direction of a text by its first strong character (false when it has none). */
export function isRtlParagraph(text: string): boolean {
  if (!hasRtl(text)) return false;
  return (bidi.getEmbeddingLevels(text, 'auto').paragraphs[0]?.level ?? 0) % 2 === 1;
}

function newPage(doc: Doc): { cy: number; maxY: number } {
  // as pdfkit's own line wrapper does: a new page, and the fill colour again on it
  const fill = (doc as unknown as { _fillColor?: [PDFKit.Mixins.ColorValue, number] })._fillColor;
  doc.addPage();
  if (fill) doc.fillColor(...fill);
  return { cy: doc.page.margins.top, maxY: doc.page.maxY() };
}

function drawLine(doc: Doc, line: Line, x0: number, y: number, options: TextOptions): void {
  const align = options.align === 'center' ? 'center' : line.rtl || options.align === 'right' ? 'right' : 'left';
  let x = align === 'right' ? x0 + options.width - line.width : align === 'center' ? x0 + (options.width - line.width) / 2 : x0;
  for (const p of line.pieces) {
    doc.text(p.text, x, y, { lineBreak: false, ...(p.whole ? { features: WHOLE_RUN as PDFKit.Mixins.OpenTypeFeatures[] } : {}) });
    x += p.width;
  }
}

function measure(doc: Doc, text: string, whole: boolean): number {
  return doc.widthOfString(text, whole ? { features: WHOLE_RUN as PDFKit.Mixins.OpenTypeFeatures[] } : {});
}

/** Greedy wrapping at spaces (a word longer than the line is split), then bidi reordering per line. */
function wrap(doc: Doc, text: string, width: number): Line[] {
  const lines: Line[] = [];
  for (const para of text.split(/\r\n|\r|\n/)) {
    const levels = bidi.getEmbeddingLevels(para, 'auto');
    const rtl = (levels.paragraphs[0]?.level ?? 0) % 2 === 1;
    const breaks = lineBreaks(doc, para, width);
    if (breaks.length === 0) lines.push({ pieces: [], width: 0, rtl, last: true, para, levels, s: 0, e: 0 });
    breaks.forEach(([s, e], i) => lines.push(visualLine(doc, para, levels, s, e, rtl, i === breaks.length - 1)));
  }
  return lines;
}

/** [start, end) of each line, trailing spaces left out. */
function lineBreaks(doc: Doc, para: string, width: number): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  let end = -1;
  let used = 0;
  for (const m of para.matchAll(/(\S+)(\s*)/g)) {
    let at = m.index;
    let rest = m[1] ?? '';
    let w = doc.widthOfString(rest);
    if (start >= 0 && used + w > width) {
      out.push([start, end]);
      start = -1;
      used = 0;
    }
    // a word wider than the whole line is cut where it no longer fits
    while (start < 0 && w > width && Array.from(rest).length > 1) {
      const chars = Array.from(rest);
      let n = 1;
      while (n < chars.length - 1 && doc.widthOfString(chars.slice(0, n + 1).join('')) <= width) n++;
      const cut = chars.slice(0, n).join('').length;
      out.push([at, at + cut]);
      at += cut;
      rest = rest.slice(cut);
      w = doc.widthOfString(rest);
    }
    if (start < 0) start = at;
    end = at + rest.length;
    used += w + doc.widthOfString(m[2] ?? '');
  }
  if (start >= 0) out.push([start, end]);
  return out;
}

function visualLine(doc: Doc, para: string, levels: EmbeddingLevels, s: number, e: number, rtl: boolean, last: boolean): Line {
  // bidi-js returns the whole string's indices with only [s, e) reordered
  const order = bidi.getReorderedIndices(para, levels, s, e - 1).slice(s, e);
  const mirrors = bidi.getMirroredCharactersMap(para, levels.levels, s, e - 1);
  const pieces: Piece[] = [];
  let i = 0;
  while (i < order.length) {
    const first = order[i] as number;
    const level = levels.levels[first] ?? 0;
    const step = level % 2 === 1 ? -1 : 1;
    let j = i + 1;
    while (j < order.length && order[j] === (order[j - 1] as number) + step && levels.levels[order[j] as number] === level) j++;
    const lo = Math.min(first, order[j - 1] as number);
    const hi = Math.max(first, order[j - 1] as number);
    let logical = '';
    for (let k = lo; k <= hi; k++) logical += mirrors.get(k) ?? para[k];
    pieces.push(piece(doc, logical, step === -1));
    i = j;
  }
  return { pieces, width: pieces.reduce((w, p) => w + p.width, 0), rtl, last, para, levels, s, e };
}

/**
 * fontkit reverses any string whose script is right-to-left. A right-to-left run with letters is
 * laid out whole so fontkit shapes and reverses it; one with only neutrals (spaces, punctuation)
 * is reversed here. A left-to-right run with Arabic-Indic digits is reversed here and laid out
 * whole, so fontkit's reversal puts the digits back in reading order.
 */
function piece(doc: Doc, logical: string, rtlRun: boolean): Piece {
  const reversed = Array.from(logical).reverse().join('');
  let text = logical;
  let whole = false;
  if (rtlRun && hasRtl(logical)) whole = true;
  else if (rtlRun) text = reversed;
  else if (hasRtl(logical)) {
    text = reversed;
    whole = true;
  }
  return { text, whole, width: measure(doc, text, whole) };
}

/** The line cut short (at a space if it can, else a character) so that "…" fits at its logical end. */
function withEllipsis(doc: Doc, line: Line, width: number): Line {
  const dots: Piece = { text: '…', whole: false, width: measure(doc, '…', false) };
  const { para, levels, s } = line;
  let e = line.e;
  let cut = line;
  while (e > s && cut.width + dots.width > width) {
    const space = para.lastIndexOf(' ', e - 1);
    e = space > s ? space : e - 1;
    while (e > s && /\s/.test(para[e - 1] ?? '')) e--;
    cut = visualLine(doc, para, levels, s, e, line.rtl, true);
  }
  const pieces = e > s ? cut.pieces : [];
  return { ...cut, pieces: line.rtl ? [dots, ...pieces] : [...pieces, dots], width: (e > s ? cut.width : 0) + dots.width };
}

/**
 * The text a reader copies out of a ligature. pdfkit maps each glyph to the code points fontkit
 * says it stands for, in logical order; a lam-alef ligature (لا) becomes one glyph mapped to
 * "لا". Readers such as pdf.js (Firefox) and the tests turn a right-to-left line back into
 * logical order by reversing its characters, which would swap those two letters ("ال"). A
 * ligature of right-to-left letters therefore gets its code points in visual order. Call before
 * doc.end(), which writes the ToUnicode maps; other glyphs are left alone, so a document without
 * right-to-left text is unchanged.
 */
export function rtlLigaturesInVisualOrder(doc: Doc): void {
  const families = (doc as unknown as { _fontFamilies?: Record<string, { unicode?: unknown }> })._fontFamilies ?? {};
  // a font is listed under its registered name and its PostScript name: each once
  for (const font of new Set(Object.values(families))) {
    const unicode = font.unicode;
    if (!Array.isArray(unicode)) continue;
    unicode.forEach((points: unknown, gid) => {
      if (!Array.isArray(points) || points.length < 2) return;
      const text = String.fromCodePoint(...(points as number[]));
      // a fresh array: the old one is fontkit's own, shared with its layout cache
      if ([...text].every((c) => hasRtl(c))) unicode[gid] = [...(points as number[])].reverse();
    });
  }
}
