import type { StatsRow } from '../domain/programme-stats.ts';
import type { Lang } from '../domain/types.ts';
import { accountEn } from '../i18n/account.en.ts';
import { accountFi } from '../i18n/account.fi.ts';
import { accountSv } from '../i18n/account.sv.ts';
import { formatMessage } from '../i18n/icu.ts';
import { programmeEn } from '../i18n/programme.en.ts';
import { programmeFi } from '../i18n/programme.fi.ts';
import { programmeSv } from '../i18n/programme.sv.ts';
import type { AuditView } from '../protocol/http-schema.ts';
import { toCsv } from './csv.ts';

/**
 * The organisation-wide CSV exports (the dialogue statistics, the audit log) with their headers
 * in the reader's language, the same words as the columns of the page they are downloaded from.
 * Figures stay machine-readable (integers, ISO times); UTF-8 with BOM and the formula guard come
 * from toCsv.
 */
const PROGRAMME = { fi: programmeFi, sv: programmeSv, en: programmeEn } satisfies Record<Lang, Record<keyof typeof programmeFi, string>>;
const ACCOUNT = { fi: accountFi, sv: accountSv, en: accountEn } satisfies Record<Lang, Record<keyof typeof accountFi, string>>;

const pr = (lang: Lang, key: keyof typeof programmeFi) => formatMessage(lang, PROGRAMME[lang][key]);
const ac = (lang: Lang, key: keyof typeof accountFi) => formatMessage(lang, ACCOUNT[lang][key]);

/** Dialogues and participants per period × category × unit. [SPEC PR6] */
export function csvStats(lang: Lang, rows: readonly StatsRow[]): string {
  const header = (['pr.st.period', 'pr.col.category', 'pr.col.unit', 'pr.st.dialogues', 'pr.st.participants'] as const).map((k) =>
    pr(lang, k),
  );
  return toCsv([header, ...rows.map((r) => [r.period, r.category, r.unit, r.dialogues, r.participants])]);
}

/** The whole audit log, newest first; actions stay as their codes (they are what a log search needs). */
export function csvAudit(lang: Lang, entries: readonly AuditView[]): string {
  const header = (['a.audit.time', 'a.audit.user', 'a.audit.action', 'a.audit.target', 'a.audit.detail', 'a.audit.ip'] as const).map((k) =>
    ac(lang, k),
  );
  const rows = entries.map((e) => [new Date(e.at).toISOString(), e.user ?? '', e.action, e.target, JSON.stringify(e.detail), e.ip ?? '']);
  return toCsv([header, ...rows]);
}
