import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  ImageRun,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { fitBox, imageSize } from './image-size.ts';
import type { Block, ListItem } from './outline.ts';
import type { ReportPhoto } from './report-model.ts';

export const HEADING_COLOR = '1D3B5C';
const MUTED = '5C6670';
const ACCENT = '2F6F9F';
const FILL = 'EEF2F6';
/** Text width of an A4 page with 2 cm margins, in twips (for table grids) and in 96-dpi pixels (for images). */
const TEXT_TWIPS = 9638;
const TEXT_PX = 642;

const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

export function docxBlock(b: Block): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'title':
      return [
        new Paragraph({ children: [new TextRun({ text: b.over.toLocaleUpperCase(), color: MUTED, size: 18 })] }),
        new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(b.title)] }),
        grid(
          b.facts.map(([k, v]) => [k, v]),
          [1, 2.6],
          { header: false, boldFirstColumn: true },
        ),
      ];
    case 'heading':
      return [
        new Paragraph({
          heading: HEADING[b.level],
          pageBreakBefore: b.newPage ?? false,
          keepNext: true,
          children: [new TextRun(b.text), ...(b.tag ? [new TextRun({ text: `  ${b.tag}`, bold: false, size: 17, color: ACCENT })] : [])],
        }),
      ];
    case 'label':
      return [
        new Paragraph({
          keepNext: true,
          spacing: { before: 120, after: 20 },
          children: [new TextRun({ text: b.text, bold: true, color: HEADING_COLOR })],
        }),
      ];
    case 'text':
      return paragraphs(b.text, b.muted ?? false);
    case 'list':
      return b.items.map(bullet);
    case 'table':
      return [grid([b.header, ...b.rows], b.widths, { header: true, boldFirstColumn: false })];
    case 'photos':
      return b.photos.flatMap(photo);
    case 'scales':
      return [
        ...paragraphs(b.scaleNote, true),
        grid([b.header, ...b.items.map((i) => [i.statement, ...i.counts.map(String), i.meanValue])], [5, 0.7, 0.7, 0.7, 0.7, 0.7, 1.3], {
          header: true,
          boldFirstColumn: false,
          numeric: true,
        }),
      ];
  }
}

/** Blank lines start a new paragraph; a single newline is a line break inside one. */
function paragraphs(text: string, muted: boolean): Paragraph[] {
  return text.split(/\n[ \t]*\n\s*/).map(
    (part) =>
      new Paragraph({
        children: part
          .trim()
          .split('\n')
          .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, ...(muted ? { color: MUTED, size: 18 } : {}) })),
      }),
  );
}

function bullet(item: ListItem): Paragraph {
  return new Paragraph({
    bullet: { level: 0 },
    children: item.important
      ? [new TextRun({ text: '★ ', bold: true, color: ACCENT }), new TextRun({ text: item.text, bold: true })]
      : [new TextRun(item.text)],
  });
}

function grid(rows: string[][], widths: number[], opts: { header: boolean; boldFirstColumn: boolean; numeric?: boolean }): Table {
  const sum = widths.reduce((a, b) => a + b, 0);
  const columnWidths = widths.map((w) => Math.round((w / sum) * TEXT_TWIPS));
  const line = { style: BorderStyle.SINGLE, size: 4, color: 'C5CCD3' };
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return new Table({
    width: { size: TEXT_TWIPS, type: WidthType.DXA },
    columnWidths,
    borders: { top: line, bottom: line, left: none, right: none, insideHorizontal: line, insideVertical: none },
    rows: rows.map((cells, r) => {
      const isHeader = opts.header && r === 0;
      return new TableRow({
        tableHeader: isHeader,
        cantSplit: true,
        children: cells.map(
          (text, c) =>
            new TableCell({
              width: { size: columnWidths[c] ?? 0, type: WidthType.DXA },
              margins: { top: 60, bottom: 60, left: 100, right: 100 },
              ...(isHeader ? { shading: { type: ShadingType.CLEAR, fill: FILL, color: 'auto' } } : {}),
              children: text.split('\n').map(
                (lineText) =>
                  new Paragraph({
                    alignment: opts.numeric && c > 0 ? AlignmentType.CENTER : AlignmentType.LEFT,
                    spacing: { after: 0 },
                    children: [new TextRun({ text: lineText, bold: isHeader || (opts.boldFirstColumn && c === 0), size: 19 })],
                  }),
              ),
            }),
        ),
      });
    }),
  });
}

/** An inline picture scaled into the text column (at most 480 × 340 px), with its description as a caption. */
function photo(p: ReportPhoto): Paragraph[] {
  const size = imageSize(p.data);
  const caption = new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: p.alt, color: MUTED, size: 17 })] });
  if (!size) return [caption];
  const box = fitBox(size, Math.min(480, TEXT_PX), 340);
  const image = new ImageRun({
    type: p.contentType === 'image/png' ? 'png' : 'jpg',
    data: p.data,
    transformation: { width: Math.round(box.width), height: Math.round(box.height) },
    altText: { name: p.alt.slice(0, 60), description: p.alt, title: p.alt },
  });
  return [new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: [image] }), caption];
}
