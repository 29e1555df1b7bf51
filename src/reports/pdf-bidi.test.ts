import PDFDocument from 'pdfkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportFixture } from './fixture.ts';
import { FONT, fonts, MARGIN } from './pdf-layout.ts';
import { renderPdf } from './pdf.ts';
import type { ProcessReport } from './report-model.ts';
import { pdfGlyphs, pdfPages, pdfTextItems, type PdfTextItem } from './test-helpers.ts';

// Right-to-left text in the PDF (pdf-bidi.ts). pdf.js reads a correctly drawn right-to-left run
// back in logical order, so the words are checked as typed; where they sit on the line shows the
// visual order, which is what goes wrong without the bidi step.

const A4_WIDTH = 595.28;
const RIGHT_EDGE = A4_WIDTH - MARGIN.right;
const MIXED = 'ملاحظة Päiväkoti 12 نقطة'; // "note: day-care 12 points"
const PURPOSE = 'نريد أن نفهم ما الذي ينجح في التعاون مع العائلات'; // "we want to understand what works with families"
const LONG = 'نحتاج إلى مترجم في اجتماعات الآباء '.repeat(5).trim(); // "we need an interpreter at parents' meetings"

function arabicReport(): ProcessReport {
  const report = reportFixture('fi');
  report.process.purpose = PURPOSE;
  report.session1?.tables.push({
    title: 'Pöytä 4 – Monikielisyys',
    zone: 1,
    themes: [
      {
        name: 'Tulkkaus',
        carried: false,
        notes: [
          { text: MIXED, important: false, author: null },
          { text: 'Kyltti "أهلا وسهلا" ovessa', important: false, author: null },
          { text: LONG, important: true, author: null },
        ],
      },
    ],
    unthemed: [],
  });
  return report;
}

/** The one item whose text is exactly `str`. */
function item(items: PdfTextItem[], str: string): PdfTextItem {
  const found = items.filter((i) => i.str.trim() === str);
  expect(found, str).toHaveLength(1);
  return found[0] as PdfTextItem;
}

describe('PDF with Arabic notes', () => {
  let pdf: Buffer;
  let items: PdfTextItem[];
  beforeAll(async () => {
    pdf = await renderPdf(arabicReport());
    items = await pdfTextItems(pdf);
  });

  it('keeps the Arabic words in their typed (logical) order', () => {
    const all = items.map((i) => i.str).join('\n');
    for (const word of ['ملاحظة', 'نقطة', 'أهلا وسهلا', PURPOSE, 'نحتاج إلى مترجم في اجتماعات الآباء']) expect(all).toContain(word);
  });

  it('draws a mixed note right to left: the Finnish word left of the Arabic word before it', () => {
    const first = item(items, 'ملاحظة');
    const finnish = item(items, 'Päiväkoti 12');
    const last = item(items, 'نقطة');
    expect(new Set([first.y, finnish.y, last.y]).size).toBe(1);
    expect(finnish.x + finnish.width).toBeLessThanOrEqual(first.x);
    expect(last.x + last.width).toBeLessThanOrEqual(finnish.x);
  });

  it('keeps an Arabic phrase inside a Finnish note in a left-to-right line', () => {
    const kyltti = items.find((i) => i.str.startsWith('Kyltti'));
    const phrase = item(items, 'أهلا وسهلا');
    expect(kyltti?.x).toBe(MARGIN.left + 14);
    expect(phrase.x).toBeGreaterThan((kyltti?.x ?? 0) + (kyltti?.width ?? 0) - 1);
  });

  it('aligns right-to-left paragraphs to the right edge', () => {
    const purpose = item(items, PURPOSE);
    expect(purpose.x + purpose.width).toBeCloseTo(RIGHT_EDGE, 0);
    expect(purpose.x).toBeGreaterThan(MARGIN.left + 50);
    // a note's bullet takes 14 pt at the right edge; every line of the wrapped note ends at the same x
    const lines = items.filter((i) => i.str.includes('نحتاج'));
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.x + line.width).toBeCloseTo(RIGHT_EDGE - 14, 0);
    const mixed = item(items, 'ملاحظة');
    expect(mixed.x + mixed.width).toBeCloseTo(RIGHT_EDGE - 14, 0);
  });

  it('wraps a long right-to-left note and reorders each line on its own', () => {
    const lines = items.filter((i) => i.str.includes('نحتاج')).sort((a, b) => b.y - a.y);
    // the first line starts (at its right end) with the note's first words, and the lines read on in order
    expect(lines[0]?.str.startsWith('نحتاج إلى مترجم')).toBe(true);
    expect(
      lines
        .map((l) => l.str.trim())
        .join(' ')
        .replace(/\s+/g, ' '),
    ).toBe(LONG);
  });

  it('uses the joined (contextual) Arabic forms and the lam-alef ligature', async () => {
    const glyphs = await pdfGlyphs(pdf);
    const isolated = await isolatedWidths('ملاحظة');
    // ملاحظة drawn left to right as: teh marbuta (final), zah (medial), hah (medial), the lam-alef
    // ligature (its ToUnicode text in visual order, see rtlLigaturesInVisualOrder), meem (initial)
    const visual = ['ة', 'ظ', 'ح', 'ال', 'م'];
    const at = glyphs.findIndex((_, i) => visual.every((u, k) => glyphs[i + k]?.unicode === u));
    expect(at).toBeGreaterThanOrEqual(0);
    const shaped = glyphs.slice(at, at + visual.length);
    for (const g of shaped) if (g.unicode.length === 1) expect(g.width).not.toBeCloseTo(isolated.get(g.unicode) ?? 0, 0);
  });

  it('writes no other text differently: the fixture without Arabic reads exactly as before', async () => {
    const pages = await pdfPages(await renderPdf(reportFixture('fi')));
    await expect(pages.join('\n\f\n')).toMatchFileSnapshot('./__snapshots__/fixture-fi.pdf.txt');
  });
});

/** The width (1/1000 em) of each letter drawn alone, which gives its isolated form. */
async function isolatedWidths(word: string): Promise<Map<string, number>> {
  const doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
  });
  doc.registerFont(FONT.regular, fonts().regular);
  doc.font(FONT.regular).fontSize(10);
  for (const letter of word) doc.text(letter, 50, doc.y);
  doc.end();
  return new Map((await pdfGlyphs(await done)).map((g) => [g.unicode, g.width]));
}
