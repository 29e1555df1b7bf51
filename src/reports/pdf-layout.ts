import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ListItem } from './outline.ts';
import { bidiText, hasRtl, isRtlParagraph } from './pdf-bidi.ts';

/**
 * Page geometry, type and the small drawing steps every PDF section uses. All text goes through
 * doc.text so it stays selectable and searchable; DejaVu Sans is embedded (pdfkit subsets it)
 * because the standard PDF fonts cannot show € “quotes” or anything beyond Latin-1.
 */
export type Doc = PDFKit.PDFDocument;

export const MARGIN = { top: 56, bottom: 68, left: 56, right: 56 };
export const COLOR = { text: '#1a1a1a', heading: '#1d3b5c', muted: '#5c6670', rule: '#c5ccd3', fill: '#eef2f6', accent: '#2f6f9f' };
export const SIZE = { body: 10, small: 8.5, label: 9.5, h1: 18, h2: 13.5, h3: 11, title: 24 };
export const FONT = { regular: 'DejaVu', bold: 'DejaVu-Bold' };

const require = createRequire(import.meta.url);
let fontCache: { regular: Buffer; bold: Buffer } | null = null;

/** Read once per process: the files are ~700 kB each and never change. */
export function fonts(): { regular: Buffer; bold: Buffer } {
  fontCache ??= {
    regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
  };
  return fontCache;
}

export function left(doc: Doc): number {
  return doc.page.margins.left;
}

export function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

/** Starts a new page unless `height` still fits below the cursor. */
export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.maxY()) doc.addPage();
}

export function atPageTop(doc: Doc): boolean {
  return doc.y <= doc.page.margins.top + 1;
}

/** `keep`: room that what follows needs, so a heading never ends a page alone. */
export function heading(doc: Doc, level: 1 | 2 | 3, text: string, tag: string | undefined, keep: number): void {
  const size = level === 1 ? SIZE.h1 : level === 2 ? SIZE.h2 : SIZE.h3;
  ensureSpace(doc, size * 2.2 + keep);
  if (!atPageTop(doc)) doc.moveDown(level === 1 ? 0.6 : 0.4);
  const x = left(doc);
  const width = contentWidth(doc);
  doc
    .font(FONT.bold)
    .fontSize(size)
    .fillColor(level === 3 ? COLOR.text : COLOR.heading);
  if (hasRtl(text)) {
    // a right-to-left heading is wrapped by bidiText; its tag goes on the line under it
    bidiText(doc, text, x, doc.y, { width });
    if (tag) {
      const align = isRtlParagraph(text) ? 'right' : 'left';
      doc.font(FONT.regular).fontSize(SIZE.small).fillColor(COLOR.accent).text(tag, x, doc.y, { width, align });
    }
  } else {
    doc.text(text, x, doc.y, { width, continued: Boolean(tag) });
    if (tag) doc.font(FONT.regular).fontSize(SIZE.small).fillColor(COLOR.accent).text(`   ${tag}`);
  }
  if (level === 1) {
    const y = doc.y + 2;
    doc
      .moveTo(x, y)
      .lineTo(x + width, y)
      .lineWidth(0.8)
      .strokeColor(COLOR.rule)
      .stroke();
    doc.y = y + 6;
  } else {
    doc.y += 3;
  }
}

export function label(doc: Doc, text: string, keep: number): void {
  ensureSpace(doc, SIZE.label * 2 + keep);
  doc.y += 3;
  doc
    .font(FONT.bold)
    .fontSize(SIZE.label)
    .fillColor(COLOR.heading)
    .text(text, left(doc), doc.y, { width: contentWidth(doc) });
  doc.y += 1;
}

/** Blank lines separate paragraphs (the summary is written that way); single newlines stay line breaks. */
export function paragraph(doc: Doc, text: string, muted = false): void {
  for (const part of text.split(/\n[ \t]*\n\s*/)) {
    ensureSpace(doc, SIZE.body * 1.6);
    doc
      .font(FONT.regular)
      .fontSize(muted ? SIZE.small + 0.5 : SIZE.body)
      .fillColor(muted ? COLOR.muted : COLOR.text);
    bidiText(doc, part.trim(), left(doc), doc.y, { width: contentWidth(doc), lineGap: 2, paragraphGap: 6 });
  }
}

export function list(doc: Doc, items: ListItem[]): void {
  const x = left(doc);
  const width = contentWidth(doc);
  for (const item of items) {
    ensureSpace(doc, SIZE.body * 1.8);
    const y = doc.y;
    // a right-to-left item has its bullet at the right edge and its text to the left of it
    const rtl = isRtlParagraph(item.text);
    const bullet = rtl ? x + width - 10 : x;
    if (item.important) {
      doc
        .font(FONT.bold)
        .fontSize(SIZE.body)
        .fillColor(COLOR.accent)
        .text('★', bullet + 1, y, { width: 12, lineBreak: false });
    } else {
      doc
        .circle(bullet + 5, y + SIZE.body * 0.55, 1.7)
        .fillColor(COLOR.muted)
        .fill();
    }
    doc
      .font(item.important ? FONT.bold : FONT.regular)
      .fontSize(SIZE.body)
      .fillColor(COLOR.text);
    bidiText(doc, item.text, rtl ? x : x + 14, y, { width: width - 14, lineGap: 1.5, paragraphGap: 3 });
  }
  doc.x = x;
}

/** "Name · 3 / 7" at the foot of every page, written after the whole document is laid out. */
export function footers(doc: Doc, name: string, pageLabel: (page: number, pages: number) => string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // writing inside the bottom margin would otherwise make pdfkit open yet another page
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN.bottom + 24;
    const x = left(doc);
    const width = contentWidth(doc);
    doc
      .moveTo(x, y - 6)
      .lineTo(x + width, y - 6)
      .lineWidth(0.5)
      .strokeColor(COLOR.rule)
      .stroke();
    doc.font(FONT.regular).fontSize(SIZE.small).fillColor(COLOR.muted);
    bidiText(doc, name, x, y, { width: width - 90, height: SIZE.small * 1.3, ellipsis: true });
    doc.text(pageLabel(i + 1 - range.start, range.count), x + width - 80, y, { width: 80, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}
