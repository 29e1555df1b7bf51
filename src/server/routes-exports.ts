import type { FastifyInstance } from 'fastify';
import { EXPORT_FORMATS, type ExportFormat } from '../protocol/http-schema.ts';
import { serverId } from '../protocol/ids.ts';
import { csvActions, csvFeedback, csvNotes, csvPractices } from '../reports/csv.ts';
import { renderDocx } from '../reports/docx.ts';
import { renderPdf } from '../reports/pdf.ts';
import type { ProcessReport } from '../reports/report-model.ts';
import type { Deps } from './deps.ts';
import { requireUser } from './auth-guard.ts';
import { orDomainError, sendError } from './http-util.ts';

const TYPES: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'notes.csv': 'text/csv; charset=utf-8',
  'practices.csv': 'text/csv; charset=utf-8',
  'actions.csv': 'text/csv; charset=utf-8',
  'feedback.csv': 'text/csv; charset=utf-8',
};

async function render(format: ExportFormat, r: ProcessReport): Promise<Buffer | string> {
  switch (format) {
    case 'pdf':
      return renderPdf(r);
    case 'docx':
      return renderDocx(r);
    case 'notes.csv':
      return csvNotes(r);
    case 'practices.csv':
      return csvPractices(r);
    case 'actions.csv':
      return csvActions(r);
    case 'feedback.csv':
      return csvFeedback(r);
  }
}

/** A safe ASCII file name from the process name ("Päiväkoti Ankka" → "paivakoti-ankka"). */
export function fileStem(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return s || 'vuoropuhe';
}

/**
 * Exports of a process (PDF, DOCX, CSV). Generated on request in the process language; every
 * export is written to the audit log (who, when, what, from where) before it is sent. [SPEC D4]
 */
export function registerExportRoutes(app: FastifyInstance, d: Deps): void {
  app.get<{ Params: { id: string; format: string } }>('/api/processes/:id/export/:format', async (req, reply) => {
    const user = await requireUser(d.auth, req, reply);
    if (!user) return reply;
    const format = req.params.format as ExportFormat;
    if (!serverId.safeParse(req.params.id).success || !EXPORT_FORMATS.includes(format)) return sendError(req, reply, 404, 'not_found');
    return orDomainError(req, reply, async () => {
      const report = await d.reports.build(user.id, req.params.id);
      const body = await render(format, report);
      await d.followups.audit({ userId: user.id, ip: req.ip }, req.params.id, 'export', { format });
      return reply
        .header('content-type', TYPES[format])
        .header(
          'content-disposition',
          `attachment; filename="${fileStem(report.process.name)}-${format.replace('.', '-')}.${format.endsWith('.csv') ? 'csv' : format}"`,
        )
        .header('cache-control', 'private, no-store')
        .send(body);
    });
  });
}
