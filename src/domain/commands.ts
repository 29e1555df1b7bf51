import type { FlipItemKind, Lang, Texts, Question, PrivacyFinding } from './types.ts';

/** Commands a client may send. Validated at the edge by protocol/commands-schema.ts. */
export type Command =
  // facilitator: preparation
  | {
      type: 'session.configure';
      roundMinutes?: number;
      showNotesOnScreen?: boolean;
      namesInReports?: boolean;
      childMode?: boolean;
      screenSecondLang?: Lang | null;
    }
  | { type: 'table.update'; tableId: string; title?: Texts; questions?: Question[]; meetingUrl?: string | null }
  | { type: 'tables.setCount'; count: number }
  // facilitator: people
  | { type: 'groups.split' }
  | { type: 'participant.move'; participantId: string; group: number }
  | { type: 'table.setHost'; tableId: string; participantId: string | null }
  // facilitator: phases and clock
  | { type: 'phase.next' }
  | { type: 'clock.pause' }
  | { type: 'clock.resume' }
  | { type: 'clock.extend'; minutes: number }
  | { type: 'clock.end' }
  | { type: 'session.close' }
  // notes and themes
  | { type: 'note.add'; noteId: string; text: string; confirmPrivacy?: boolean }
  | { type: 'note.setImportant'; noteId: string; important: boolean }
  | { type: 'theme.create'; themeId: string; tableId: string; name: string }
  | { type: 'theme.rename'; themeId: string; name: string }
  | { type: 'theme.merge'; sourceId: string; targetId: string }
  | { type: 'note.setTheme'; noteId: string; themeId: string | null }
  | { type: 'theme.setCarried'; themeId: string; carried: boolean }
  // Open Space: marketplace and groups
  | { type: 'offer.propose'; offerId: string; name: string; confirmPrivacy?: boolean }
  | { type: 'offer.decide'; offerId: string; accept: boolean }
  | { type: 'offer.rename'; offerId: string; name: string }
  | { type: 'offer.merge'; sourceId: string; targetId: string }
  | { type: 'os.setCap'; cap: number | null }
  | { type: 'os.choose'; offerId: string; groupId?: string }
  | { type: 'osgroup.split'; groupId: string }
  // Open Space: flipcharts, practices, pearls
  | { type: 'flip.add'; itemId: string; groupId: string; kind: FlipItemKind; text: string; confirmPrivacy?: boolean }
  | { type: 'flip.edit'; itemId: string; text: string; confirmPrivacy?: boolean }
  | { type: 'flip.remove'; itemId: string }
  | { type: 'flip.removeImage'; imageId: string }
  | {
      type: 'practice.save';
      practiceId: string;
      groupId: string;
      title: string;
      description: string;
      keywords: string[];
      context: string;
      confirmPrivacy?: boolean;
    }
  | { type: 'practice.remove'; practiceId: string }
  | { type: 'pearl.add'; pearlId: string; groupId: string; text: string; confirmPrivacy?: boolean }
  | { type: 'pearl.remove'; pearlId: string }
  | { type: 'pearls.setPoints'; groupId: string; text: string }
  | { type: 'pearls.spotlight'; groupId: string | null }
  // both kinds: the anonymous feedback form at the end
  | { type: 'feedback.give'; scores: (number | null)[]; open: string; confirmPrivacy?: boolean };

export type CommandType = Command['type'];

/** Joining is done over HTTP; the service turns it into this internal command. */
export interface JoinCommand {
  type: 'participant.join';
  participantId: string;
  name: string | null;
  lang: Lang;
}

/**
 * An image was uploaded over HTTP and re-encoded; the upload route attaches it to a flipchart
 * with this internal command (never sent by clients, so no dangling image ids). [SPEC O7]
 */
export interface AttachImageCommand {
  type: 'flip.addImage';
  imageId: string;
  groupId: string;
  kind: 'photo' | 'drawing';
  alt: string;
  contentType: 'image/jpeg' | 'image/png';
  width: number;
  height: number;
}

export type { PrivacyFinding };
