import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, TextRun, type Table } from 'docx';
import { docxBlock, HEADING_COLOR } from './docx-blocks.ts';
import { reportLabel } from './labels.ts';
import { buildOutline } from './outline.ts';
import type { ProcessReport } from './report-model.ts';

const LANG_TAG = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' } as const;
/** A4 with 2 cm margins, in twentieths of a point. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };

/**
 * The process report as an editable Word document: the same blocks as the PDF, but with Word's own
 * Title/Heading 1–3 styles (so the navigation pane and a table of contents work), real bullet
 * lists and tables, and the language set on every run so spelling checks in the right language.
 */
export async function renderDocx(report: ProcessReport): Promise<Buffer> {
  const lang = report.lang;
  const children: (Paragraph | Table)[] = buildOutline(report).flatMap((b) => docxBlock(b));
  const doc = new Document({
    title: reportLabel(lang, 'report.meta_title', { name: report.process.name }),
    subject: reportLabel(lang, 'report.doc_title'),
    creator: 'Vuoropuhe',
    lastModifiedBy: 'Vuoropuhe',
    description: report.process.purpose,
    styles: {
      default: {
        document: { run: { size: 21, language: { value: LANG_TAG[lang] } }, paragraph: { spacing: { after: 80 } } },
        title: { run: { size: 44, bold: true, color: HEADING_COLOR } },
        heading1: { run: { size: 34, bold: true, color: HEADING_COLOR }, paragraph: { spacing: { before: 360, after: 120 } } },
        heading2: { run: { size: 27, bold: true, color: HEADING_COLOR }, paragraph: { spacing: { before: 240, after: 80 } } },
        heading3: { run: { size: 23, bold: true, color: '1A1A1A' }, paragraph: { spacing: { before: 180, after: 60 } } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], size: 17, color: '5C6670' })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
