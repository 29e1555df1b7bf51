import { bidiHeight, bidiText } from './pdf-bidi.ts';
import { COLOR, contentWidth, FONT, left, SIZE, type Doc } from './pdf-layout.ts';

const PAD = 4;

/**
 * A plain grid: bold header on a tinted band, thin rules between rows, every cell wrapped to its
 * column. A row that does not fit moves to the next page, and the header is repeated there.
 */
export function table(doc: Doc, header: string[], widths: number[], rows: string[][]): void {
  const x0 = left(doc);
  const total = contentWidth(doc);
  const sum = widths.reduce((a, b) => a + b, 0);
  const cols = widths.map((w) => (w / sum) * total);
  const maxRow = doc.page.maxY() - doc.page.margins.top - 40;

  const measure = (cells: string[], bold: boolean): number => {
    doc.font(bold ? FONT.bold : FONT.regular).fontSize(SIZE.small + 0.5);
    const h = Math.max(...cells.map((c, i) => bidiHeight(doc, c || ' ', { width: (cols[i] ?? 0) - PAD * 2, lineGap: 1 })));
    // a single cell longer than a page is cut off (with an ellipsis) rather than looping forever
    return Math.min(h + PAD * 2, maxRow);
  };

  const draw = (cells: string[], bold: boolean, shade: boolean): void => {
    const h = measure(cells, bold);
    const y = doc.y;
    if (shade) doc.rect(x0, y, total, h).fillColor(COLOR.fill).fill();
    let x = x0;
    cells.forEach((c, i) => {
      const w = cols[i] ?? 0;
      doc
        .font(bold ? FONT.bold : FONT.regular)
        .fontSize(SIZE.small + 0.5)
        .fillColor(bold ? COLOR.heading : COLOR.text);
      bidiText(doc, c, x + PAD, y + PAD, { width: w - PAD * 2, height: h - PAD * 2 + 1, ellipsis: true, lineGap: 1 });
      x += w;
    });
    doc
      .moveTo(x0, y + h)
      .lineTo(x0 + total, y + h)
      .lineWidth(bold ? 0.9 : 0.4)
      .strokeColor(bold ? COLOR.heading : COLOR.rule)
      .stroke();
    doc.x = x0;
    doc.y = y + h;
  };

  const headerHeight = measure(header, true);
  const firstRow = rows[0] ? measure(rows[0], false) : 0;
  if (doc.y + headerHeight + firstRow > doc.page.maxY()) doc.addPage();
  draw(header, true, true);
  rows.forEach((row, i) => {
    if (doc.y + measure(row, false) > doc.page.maxY()) {
      doc.addPage();
      draw(header, true, true);
    }
    draw(row, false, i % 2 === 1);
  });
  doc.y += 8;
}
