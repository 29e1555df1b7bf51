import type { Lang, Zone } from '../domain/types.ts';

/**
 * Everything a process report shows, already resolved to plain text in the process language
 * (no ids to look up). Built by services/report-service.ts from both sessions' states and the
 * process-level records; rendered by pdf.ts, docx.ts and csv.ts. Participant names appear only
 * where `author` is non-null, which the builder does only for sessions where the facilitator
 * turned names on.
 */
export interface ReportNote {
  text: string;
  important: boolean;
  author: string | null;
}

export interface ReportTable {
  title: string;
  zone: Zone | null;
  themes: { name: string; carried: boolean; notes: ReportNote[] }[];
  /** notes nobody sorted into a theme */
  unthemed: ReportNote[];
}

export interface ReportSession1 {
  name: string;
  date: number;
  participants: number;
  tables: ReportTable[];
}

export interface ReportPhoto {
  /** JPEG or PNG bytes (re-encoded on upload) */
  data: Uint8Array;
  contentType: 'image/jpeg' | 'image/png';
  alt: string;
}

export interface ReportGroup {
  /** e.g. "Yhteistyö vanhempien kanssa (ryhmä 2)" */
  label: string;
  keyThemes: string[];
  keywords: string[];
  texts: string[];
  photos: ReportPhoto[];
  pearls: string[];
  /** what the facilitator or scribe recorded in the debrief */
  mainPoints: string;
}

export interface ReportPractice {
  title: string;
  description: string;
  keywords: string[];
  context: string;
  theme: string;
  session: string;
}

export interface ReportSession2 {
  name: string;
  date: number;
  participants: number;
  offers: { name: string; origin: 'carried' | 'joker' | 'proposed'; groups: ReportGroup[] }[];
  practices: ReportPractice[];
}

export type ActionStatus = 'open' | 'in_progress' | 'done' | 'dropped';

export interface ReportAction {
  title: string;
  theme: string | null;
  practice: string | null;
  owner: string;
  /** YYYY-MM-DD or null */
  due: string | null;
  status: ActionStatus;
}

export interface FollowupAgreement {
  heard: string;
  needsMonths: string;
  needsYears: string;
  /** how each carried theme is taken forward (the actions carry owner and due date) */
  themePlans: { theme: string; plan: string }[];
  resultsUse: string;
  /** 'yes' | 'no' | 'later' | '' (not decided) */
  continueDialogue: 'yes' | 'no' | 'later' | '';
  /** next meeting: local date-time YYYY-MM-DDTHH:mm in Europe/Helsinki, or '' */
  nextMeeting: string;
  nextMeetingPlace: string;
}

/** Four 1–5 statements and one open question, the same in every dialogue (questions.md). */
export interface ReportFeedback {
  sessionName: string;
  answers: number;
  /** one per statement: counts of 1…5 (index 0 = "1") and the mean, null without answers */
  statements: { counts: [number, number, number, number, number]; mean: number | null }[];
  open: string[];
}

export interface ProcessReport {
  lang: Lang;
  generatedAt: number;
  process: {
    name: string;
    organisation: string;
    unit: string;
    purpose: string;
    facilitator: string;
    commissioner: string | null;
  };
  /** the commissioner's summary (plain text, paragraphs separated by blank lines) */
  summary: string;
  session1: ReportSession1 | null;
  session2: ReportSession2 | null;
  followup: FollowupAgreement | null;
  actions: ReportAction[];
  feedback: ReportFeedback[];
}
