import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { ProcessReport } from './report-model.ts';

// Readers for the rendered files, used by reports.test.ts: the tests check what a reader would see.

/** The text of every page, one string per page (pdfjs splits lines into items; EOL marks become newlines). */
export async function pdfPages(pdf: Buffer): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : '') : '')).join(''));
  }
  await doc.destroy();
  return pages;
}

/** RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks; rows end in CRLF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endRow = () => {
    rows.push([...row, cell]);
    row = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted) {
      if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      endRow();
      i++;
    } else if (c === '\n' || c === '\r') {
      throw new Error(`bare line break outside quotes at ${i}`);
    } else {
      cell += c;
    }
  }
  if (cell !== '' || row.length > 0) throw new Error('last row has no CRLF');
  return rows;
}

export function emptyReport(): ProcessReport {
  return {
    lang: 'en',
    generatedAt: Date.UTC(2025, 0, 2, 10, 0),
    process: { name: 'Empty dialogue', organisation: '', unit: '', purpose: '', facilitator: '', commissioner: null },
    summary: '',
    session1: null,
    session2: null,
    followup: null,
    actions: [],
    feedback: [],
  };
}

export interface PdfTextItem {
  page: number;
  str: string;
  /** left edge, baseline and width in PDF points (origin at the bottom left) */
  x: number;
  y: number;
  width: number;
}

/** Every text item pdf.js finds, with where it is drawn. pdf.js gives right-to-left runs back in logical order. */
export async function pdfTextItems(pdf: Buffer): Promise<PdfTextItem[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  const items: PdfTextItem[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    for (const it of content.items) {
      if ('str' in it && it.str.trim()) items.push({ page: i, str: it.str, x: it.transform[4], y: it.transform[5], width: it.width });
    }
  }
  await doc.destroy();
  return items;
}

/** The glyphs drawn on every page, each with the text its ToUnicode entry gives and its advance (1/1000 em). */
export async function pdfGlyphs(pdf: Buffer): Promise<{ unicode: string; width: number }[]> {
  const { OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  const glyphs: { unicode: string; width: number }[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const ops = await (await doc.getPage(i)).getOperatorList();
    ops.fnArray.forEach((fn, k) => {
      if (fn !== OPS.showText) return;
      for (const g of (ops.argsArray[k] as unknown[][])[0] ?? []) {
        if (g && typeof g === 'object' && 'unicode' in g) glyphs.push(g as { unicode: string; width: number });
      }
    });
  }
  await doc.destroy();
  return glyphs;
}
