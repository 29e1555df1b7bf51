import { summariseFeedback } from '../domain/feedback.ts';
import { groupsOf } from '../domain/open-space.ts';
import type { Lang, OpenSpace, SessionState } from '../domain/types.ts';
import type { FollowupBody } from '../protocol/http-schema.ts';
import { reportLabel } from '../reports/labels.ts';
import type { ProcessReport, ReportGroup, ReportNote, ReportPhoto, ReportSession1, ReportSession2 } from '../reports/report-model.ts';
import type { SessionRow, Store } from '../store/store.ts';
import type { FollowupService } from './followup-service.ts';
import type { LoadState } from './process-service.ts';

export type GetImage = (sessionId: string, imageId: string) => Promise<{ data: Buffer; contentType: string } | null>;

/**
 * Builds the report of a process (both sessions, follow-up, actions, feedback) in the
 * process language. Participants' names appear only for a session where the facilitator
 * turned "names in reports" on; the projector-style anonymity is the default. [SPEC D6]
 */
export class ReportService {
  constructor(
    private readonly store: Store,
    private readonly followups: FollowupService,
    private readonly loadState: LoadState,
    private readonly getImage: GetImage,
    private readonly now: () => number,
  ) {}

  async build(userId: string, processId: string): Promise<ProcessReport> {
    const { process } = await this.followups.access(userId, processId);
    const outputs = await this.followups.outputs(userId, processId);
    const lang = process.lang;
    const sessions = await this.store.sessions.byProcess(processId);
    let session1: ReportSession1 | null = null;
    let session2: ReportSession2 | null = null;
    const feedback: ProcessReport['feedback'] = [];
    for (const row of sessions) {
      const state = await this.loadState(row.id);
      if (!state) continue;
      if (row.kind === 'learning_cafe' && !session1) session1 = cafeReport(row, state);
      if (row.kind === 'open_space' && !session2 && state.os) session2 = await this.openSpaceReport(row, state, state.os);
      const f = summariseFeedback(state.feedback);
      feedback.push({ sessionName: sessionName(lang, row.kind), ...f });
    }
    const followup = outputs.followup.updatedAt === null ? null : stripView(outputs.followup);
    const practiceTitle = new Map(outputs.practices.map((p) => [p.id, p.title]));
    return {
      lang,
      generatedAt: this.now(),
      process: {
        name: process.name,
        organisation: process.organisation,
        unit: process.unit,
        purpose: process.purpose,
        facilitator: outputs.process.facilitator.name,
        commissioner: outputs.process.commissioner?.name ?? null,
      },
      summary: outputs.summary.text,
      session1,
      session2,
      followup,
      actions: outputs.actions.map((a) => ({
        title: a.title,
        theme: a.theme || null,
        practice: a.practiceId ? (practiceTitle.get(a.practiceId) ?? null) : null,
        owner: a.owner,
        due: a.due,
        status: a.status,
      })),
      feedback,
    };
  }

  private async openSpaceReport(row: SessionRow, state: SessionState, os: OpenSpace): Promise<ReportSession2> {
    const lang = state.lang;
    const offerName = (id: string) => {
      const o = os.offers.find((x) => x.id === id);
      return o?.name || reportLabel(lang, 'report.origin.joker');
    };
    const offers = [];
    for (const o of os.offers.filter((x) => x.status === 'open')) {
      const groups: ReportGroup[] = [];
      const all = groupsOf(os, o.id);
      for (const g of all) {
        const items = os.items.filter((i) => i.groupId === g.id);
        const photos: ReportPhoto[] = [];
        for (const img of os.images.filter((i) => i.groupId === g.id)) {
          const blob = await this.getImage(row.id, img.id);
          if (blob && (blob.contentType === 'image/jpeg' || blob.contentType === 'image/png')) {
            photos.push({ data: blob.data, contentType: blob.contentType, alt: img.alt });
          }
        }
        groups.push({
          label: all.length > 1 ? `${offerName(o.id)} (${g.n})` : offerName(o.id),
          keyThemes: items.filter((i) => i.kind === 'key').map((i) => i.text),
          keywords: items.filter((i) => i.kind === 'keyword').map((i) => i.text),
          texts: items.filter((i) => i.kind === 'text').map((i) => i.text),
          photos,
          pearls: os.pearls.filter((p) => p.groupId === g.id).map((p) => p.text),
          mainPoints: os.mainPoints[g.id] ?? '',
        });
      }
      offers.push({ name: offerName(o.id), origin: o.origin, groups });
    }
    return {
      name: state.name,
      date: row.createdAt,
      participants: state.participants.length,
      offers,
      practices: os.practices.map((p) => ({
        title: p.title,
        description: p.description,
        keywords: p.keywords,
        context: p.context,
        theme: offerName(p.offerId),
        session: sessionName(lang, 'open_space'),
      })),
    };
  }
}

function sessionName(lang: Lang, kind: SessionRow['kind']): string {
  return reportLabel(lang, kind === 'learning_cafe' ? 'report.s1.title' : 'report.s2.title');
}

function stripView(v: FollowupBody & { updatedAt: number | null }): FollowupBody {
  const { updatedAt: _u, ...body } = v;
  return body;
}

function cafeReport(row: SessionRow, state: SessionState): ReportSession1 {
  const names = state.settings.namesInReports === true;
  const author = (id: string) => (names ? (state.participants.find((p) => p.id === id)?.name ?? null) : null);
  const note = (n: SessionState['notes'][number]): ReportNote => ({ text: n.text, important: n.important, author: author(n.authorId) });
  return {
    name: state.name,
    date: row.createdAt,
    participants: state.participants.length,
    tables: state.tables.map((t) => ({
      title: t.title[state.lang],
      zone: t.zone,
      themes: state.themes
        .filter((th) => th.tableId === t.id)
        .map((th) => ({ name: th.name, carried: th.carried, notes: state.notes.filter((n) => n.themeId === th.id).map(note) })),
      unthemed: state.notes.filter((n) => n.tableId === t.id && n.themeId === null).map(note),
    })),
  };
}
