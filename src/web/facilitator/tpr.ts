import { programmeEn } from '../../i18n/programme.en.ts';
import { programmeFi } from '../../i18n/programme.fi.ts';
import { programmeSv } from '../../i18n/programme.sv.ts';
import { makeT } from '../shared/i18n.ts';
import { lang } from './t.ts';

/** The dialogue programme's catalogue (commission, life cycle, coordinator view) in the page's language. */
const CATALOGUES = { fi: programmeFi, sv: programmeSv, en: programmeEn };

export type PrKey = keyof typeof programmeFi;

export const tpr = makeT<PrKey>(CATALOGUES[lang]);

function has(key: string): key is PrKey {
  return key in programmeFi;
}

/** The name of a life-cycle state, method, participant group, planned session or consent answer. */
export const stateName = (s: string) => tpr(`pr.state.${s}` as PrKey);
export const methodName = (m: string) => (has(`pr.method.${m}`) ? tpr(`pr.method.${m}` as PrKey) : m);
export const groupName = (g: string) => tpr(`pr.group.${g}` as PrKey);
export const sessionName = (s: string) => tpr(`pr.session.${s}` as PrKey);
export const consentName = (c: string) => tpr(`pr.consent.${c}` as PrKey);

/** epoch ms → the value of <input type="datetime-local"> in the browser's time zone. */
export function toLocalInput(ms: number | null): string {
  if (ms === null) return '';
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** The value of <input type="datetime-local"> → epoch ms (null when empty or unreadable). */
export function fromLocalInput(v: string): number | null {
  if (!v) return null;
  const ms = new Date(v).getTime();
  return Number.isFinite(ms) ? ms : null;
}
