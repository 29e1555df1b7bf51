import type { ScaleItem } from './outline.ts';
import { COLOR, contentWidth, ensureSpace, FONT, left, SIZE, type Doc } from './pdf-layout.ts';

/** 1 (disagree) … 5 (agree): a diverging palette that still reads in greyscale and for red-green colour blindness. */
const BAR = ['#b2182b', '#ef8a62', '#9e9e9e', '#67a9cf', '#2166ac'];
const ROW = 13;
const BAR_H = 8.5;

/**
 * One statement: a horizontal bar per answer value 1–5 scaled to the largest count, the count and
 * share written beside each bar, and on the right the mean as a dot on a 1–5 axis with its value.
 */
export function scaleChart(doc: Doc, item: ScaleItem): void {
  const x = left(doc);
  const width = contentWidth(doc);
  doc.font(FONT.bold).fontSize(SIZE.label);
  const statementH = doc.heightOfString(item.statement, { width });
  ensureSpace(doc, statementH + ROW * 5 + 14);

  doc.fillColor(COLOR.text).text(item.statement, x, doc.y, { width });
  const top = doc.y + 3;
  const barX = x + 16;
  const barMax = width * 0.5;
  const most = Math.max(1, ...item.counts);

  item.counts.forEach((count, i) => {
    const y = top + i * ROW;
    doc.font(FONT.regular).fontSize(SIZE.small).fillColor(COLOR.muted);
    doc.text(String(i + 1), x, y, { width: 12, align: 'right', lineBreak: false });
    doc
      .rect(barX, y + 1, barMax, BAR_H)
      .fillColor(COLOR.fill)
      .fill();
    const w = (count / most) * barMax;
    if (w > 0)
      doc
        .rect(barX, y + 1, w, BAR_H)
        .fillColor(BAR[i] ?? COLOR.accent)
        .fill();
    doc
      .font(FONT.regular)
      .fontSize(SIZE.small)
      .fillColor(COLOR.text)
      .text(item.countTexts[i] ?? String(count), barX + barMax + 6, y, { width: 70, lineBreak: false });
  });

  meanAxis(doc, item, x + width - 128, top, 128);
  doc.x = x;
  doc.y = top + ROW * 5 + 8;
}

function meanAxis(doc: Doc, item: ScaleItem, x: number, y: number, width: number): void {
  doc.font(FONT.bold).fontSize(SIZE.label).fillColor(COLOR.heading).text(item.meanText, x, y, { width, align: 'center', lineBreak: false });
  const axisY = y + 30;
  const ax = x + 8;
  const aw = width - 16;
  doc
    .moveTo(ax, axisY)
    .lineTo(ax + aw, axisY)
    .lineWidth(0.8)
    .strokeColor(COLOR.rule)
    .stroke();
  for (let v = 1; v <= 5; v++) {
    const tx = ax + ((v - 1) / 4) * aw;
    doc
      .moveTo(tx, axisY - 3)
      .lineTo(tx, axisY + 3)
      .lineWidth(0.8)
      .strokeColor(COLOR.rule)
      .stroke();
    doc
      .font(FONT.regular)
      .fontSize(SIZE.small - 1)
      .fillColor(COLOR.muted)
      .text(String(v), tx - 6, axisY + 5, { width: 12, align: 'center', lineBreak: false });
  }
  if (item.mean !== null) {
    const mx = ax + ((Math.min(5, Math.max(1, item.mean)) - 1) / 4) * aw;
    doc.circle(mx, axisY, 4.2).fillColor(COLOR.accent).fill();
  }
}
