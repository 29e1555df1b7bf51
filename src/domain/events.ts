import type {
  Clock,
  FeedbackAnswer,
  FlipImage,
  FlipItem,
  Lang,
  Note,
  Offer,
  OsGroup,
  Pearl,
  Phase,
  PrivacyFinding,
  Practice,
  Question,
  SessionKind,
  SessionSettings,
  Table,
  Texts,
} from './types.ts';

/** Facts in a session's append-only log. Past tense; never changed once written. */
export type SessionEvent =
  | {
      type: 'session.created';
      sessionId: string;
      processId: string;
      name: string;
      lang: Lang;
      settings: SessionSettings;
      tables: Table[];
      /** absent in logs written before Open Space existed: a Learning Café */
      kind?: SessionKind;
      /** Open Space: the themes on offer at the start (carried from session 1 + the joker) */
      offers?: Offer[];
    }
  | { type: 'session.configured'; settings: SessionSettings }
  | { type: 'table.updated'; tableId: string; title: Texts; questions: Question[]; meetingUrl: string | null }
  | { type: 'tables.countSet'; tables: Table[]; groups: Record<string, number | null> }
  | { type: 'participant.joined'; participantId: string; name: string | null; lang: Lang; group: number | null; joinedAt: number }
  | { type: 'groups.split'; groups: Record<string, number | null> }
  | { type: 'participant.moved'; participantId: string; group: number }
  | { type: 'table.hostSet'; tableId: string; participantId: string | null }
  | { type: 'phase.changed'; phase: Phase; round: number; clock: Clock | null }
  | { type: 'clock.changed'; clock: Clock }
  | { type: 'note.added'; note: Note }
  | { type: 'note.importantSet'; noteId: string; important: boolean }
  | { type: 'theme.created'; themeId: string; tableId: string; name: string }
  | { type: 'theme.renamed'; themeId: string; name: string }
  | { type: 'theme.merged'; sourceId: string; targetId: string }
  | { type: 'note.themed'; noteId: string; themeId: string | null }
  | { type: 'theme.carriedSet'; themeId: string; carried: boolean }
  | { type: 'session.closed' }
  | { type: 'offer.proposed'; offer: Offer; group: OsGroup | null }
  | { type: 'offer.decided'; offerId: string; status: 'open' | 'declined'; group: OsGroup | null }
  | { type: 'offer.renamed'; offerId: string; name: string }
  | { type: 'offer.merged'; sourceId: string; targetId: string; moves: Record<string, string>; group: OsGroup | null }
  | { type: 'os.capSet'; cap: number | null }
  | { type: 'os.chosen'; participantId: string; groupId: string; group: OsGroup | null }
  | { type: 'osgroup.split'; group: OsGroup; moves: Record<string, string> }
  | { type: 'flip.added'; item: FlipItem }
  | { type: 'flip.edited'; itemId: string; text: string; flags: PrivacyFinding[] }
  | { type: 'flip.removed'; itemId: string }
  | { type: 'flip.imageAdded'; image: FlipImage }
  | { type: 'flip.imageRemoved'; imageId: string }
  | { type: 'practice.saved'; practice: Practice }
  | { type: 'practice.removed'; practiceId: string }
  | { type: 'pearl.added'; pearl: Pearl }
  | { type: 'pearl.removed'; pearlId: string }
  | { type: 'pearls.pointsSet'; groupId: string; text: string }
  | { type: 'pearls.spotlit'; groupId: string | null }
  | { type: 'feedback.given'; answer: FeedbackAnswer };

export type SessionEventType = SessionEvent['type'];

/** An event as stored and sent: with its gap-free per-session sequence number and server time. */
export type EventEnvelope = SessionEvent & { seq: number; at: number };
