import PDFDocument from 'pdfkit';
import { fitBox, imageSize } from './image-size.ts';
import { reportLabel } from './labels.ts';
import { buildOutline, type Block } from './outline.ts';
import { scaleChart } from './pdf-chart.ts';
import {
  atPageTop,
  COLOR,
  contentWidth,
  ensureSpace,
  FONT,
  fonts,
  footers,
  heading,
  label,
  left,
  list,
  MARGIN,
  paragraph,
  SIZE,
  type Doc,
} from './pdf-layout.ts';
import { bidiText, rtlLigaturesInVisualOrder } from './pdf-bidi.ts';
import { table } from './pdf-table.ts';
import type { ProcessReport, ReportPhoto } from './report-model.ts';

const PHOTO_MAX_H = 260;
const LANG_TAG = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' } as const;

/** The process report as an A4 PDF: title block and summary, both sessions, practices, follow-up, actions, feedback. */
export function renderPdf(report: ProcessReport): Promise<Buffer> {
  const lang = report.lang;
  const title = reportLabel(lang, 'report.meta_title', { name: report.process.name });
  const doc: Doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true, // page numbers ("3 / 7") need the page count, known only at the end
    lang: LANG_TAG[lang],
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: title,
      Subject: reportLabel(lang, 'report.doc_title'),
      Author: report.process.facilitator,
      Creator: 'Vuoropuhe',
      CreationDate: new Date(report.generatedAt),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const f = fonts();
  doc.registerFont(FONT.regular, f.regular);
  doc.registerFont(FONT.bold, f.bold);
  doc.font(FONT.regular);

  const blocks = buildOutline(report);
  blocks.forEach((block, i) => drawBlock(doc, block, blocks[i + 1]));
  footers(doc, report.process.name, (page, pages) => reportLabel(lang, 'report.page', { page, pages }));
  rtlLigaturesInVisualOrder(doc);
  doc.end();
  return done;
}

function drawBlock(doc: Doc, b: Block, next: Block | undefined): void {
  switch (b.kind) {
    case 'title':
      return titleBlock(doc, b.over, b.title, b.facts);
    case 'heading':
      if (b.newPage && !atPageTop(doc)) doc.addPage();
      return heading(doc, b.level, b.text, b.tag, keepRoom(doc, next));
    case 'label':
      return label(doc, b.text, keepRoom(doc, next));
    case 'text':
      return paragraph(doc, b.text, b.muted);
    case 'list':
      return list(doc, b.items);
    case 'table':
      return table(doc, b.header, b.widths, b.rows);
    case 'photos':
      return b.photos.forEach((p) => photo(doc, p));
    case 'scales':
      paragraph(doc, b.scaleNote, true);
      doc.y += 4;
      return b.items.forEach((item) => scaleChart(doc, item));
  }
}

/** How much of the next block must fit under a heading or label for the two to stay on one page. */
function keepRoom(doc: Doc, next: Block | undefined): number {
  if (next?.kind === 'photos' && next.photos[0]) {
    const size = imageSize(next.photos[0].data);
    return size ? fitBox(size, contentWidth(doc), PHOTO_MAX_H).height + SIZE.small * 3 : SIZE.body * 3;
  }
  if (next?.kind === 'scales') return 110;
  if (next?.kind === 'table') return 48;
  return SIZE.body * 3.5;
}

function titleBlock(doc: Doc, over: string, title: string, facts: [string, string][]): void {
  const x = left(doc);
  const width = contentWidth(doc);
  doc.rect(x, doc.y, 5, 64).fillColor(COLOR.accent).fill();
  doc
    .font(FONT.regular)
    .fontSize(SIZE.label)
    .fillColor(COLOR.muted)
    .text(over.toLocaleUpperCase(), x + 16, doc.y + 2, { width: width - 16, characterSpacing: 0.6 });
  doc.moveDown(0.3);
  doc.font(FONT.bold).fontSize(SIZE.title).fillColor(COLOR.heading);
  bidiText(doc, title, x + 16, doc.y, { width: width - 16, lineGap: 2 });
  doc.y += 18;
  for (const [k, v] of facts) {
    const y = doc.y;
    doc.font(FONT.bold).fontSize(SIZE.body).fillColor(COLOR.muted).text(k, x, y, { width: 130 });
    const afterLabel = doc.y;
    doc.font(FONT.regular).fontSize(SIZE.body).fillColor(COLOR.text);
    bidiText(doc, v, x + 140, y, { width: width - 140 });
    doc.y = Math.max(doc.y, afterLabel) + 3;
  }
  const y = doc.y + 6;
  doc
    .moveTo(x, y)
    .lineTo(x + width, y)
    .lineWidth(0.8)
    .strokeColor(COLOR.rule)
    .stroke();
  doc.x = x;
  doc.y = y + 12;
}

/** A flipchart photo scaled into the column (at most 260 pt high), centred, with its description under it. */
function photo(doc: Doc, p: ReportPhoto): void {
  const size = imageSize(p.data);
  if (!size) return paragraph(doc, p.alt, true);
  const box = fitBox(size, contentWidth(doc), PHOTO_MAX_H);
  ensureSpace(doc, box.height + SIZE.small * 3);
  const x = left(doc) + (contentWidth(doc) - box.width) / 2;
  const y = doc.y + 4;
  doc.image(Buffer.from(p.data.buffer, p.data.byteOffset, p.data.byteLength), x, y, { width: box.width, height: box.height });
  doc.rect(x, y, box.width, box.height).lineWidth(0.4).strokeColor(COLOR.rule).stroke();
  doc.y = y + box.height + 3;
  if (p.alt) {
    doc.font(FONT.regular).fontSize(SIZE.small).fillColor(COLOR.muted);
    bidiText(doc, p.alt, left(doc), doc.y, { width: contentWidth(doc), align: 'center' });
  }
  doc.y += 6;
}
