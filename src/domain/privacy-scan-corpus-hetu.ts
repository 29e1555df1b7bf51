import type { Item, LabelledText, Rng } from './privacy-scan-corpus-core.ts';
import { compose, negative, pad2 } from './privacy-scan-corpus-core.ts';

/**
 * Personal identity codes (henkilötunnus) for the evaluation corpus, built from the privacy rules
 * (method/privacy.md): DDMMYY, century sign (+ 1800s; - Y X W V U 1900s; A–F 2000s), NNN, check
 * character from 0123456789ABCDEFHJKLMNPRSTUVWXY indexed by the nine digits mod 31. The check
 * character is computed here independently of the scanner.
 */

const ALPHABET = '0123456789ABCDEFHJKLMNPRSTUVWXY';
/** Letters a typist might put in the check position that the alphabet never uses. */
const NON_ALPHABET = 'GIOQZ';
const SIGNS: Record<string, number> = { '+': 1800, '-': 1900, Y: 1900, X: 1900, W: 1900, V: 1900, U: 1900 };
for (const s of 'ABCDEF') SIGNS[s] = 2000;
const ALL_SIGNS = Object.keys(SIGNS);
/** What phones and word processors turn the hyphen into: en dash, em dash, minus sign. */
const DASHES: Record<string, string> = { 'en dash': '\u2013', 'em dash': '\u2014', 'minus sign': '\u2212' };

function check(nine: string): string {
  return ALPHABET.charAt(Number(nine) % 31);
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysIn(month: number, year: number): number {
  return [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

interface Parts {
  dd: string;
  mm: string;
  yy: string;
  nnn: string;
}

/** A real date in the century of `sign` (a leap day now and then) and an individual number. */
function realParts(rng: Rng, sign: string, leapDay = false): Parts {
  const base = SIGNS[sign] ?? 1900;
  let year = base + rng.int(0, 99);
  if (leapDay) {
    while (!isLeap(year)) year = base + rng.int(0, 99);
  }
  const month = leapDay ? 2 : rng.int(1, 12);
  const day = leapDay ? 29 : rng.int(1, daysIn(month, year));
  // 002–899 are ordinary numbers, 900–999 temporary ones; both occur in notes.
  const nnn = String(rng.chance(0.9) ? rng.int(2, 899) : rng.int(900, 999)).padStart(3, '0');
  return { dd: pad2(day), mm: pad2(month), yy: pad2(year % 100), nnn };
}

function wrongCheck(rng: Rng, right: string): string {
  let c = right;
  while (c === right) c = rng.chance(0.15) ? rng.pick([...NON_ALPHABET]) : rng.pick([...ALPHABET]);
  return c;
}

function item(kind: 'hetu' | 'hetu_like', p: Parts, sep: string, checkChar: string, shape: string, lower = false): Item {
  let value = p.dd + p.mm + p.yy + sep + p.nnn + checkChar;
  if (lower) value = value.toLowerCase();
  return { kind, value, shape };
}

/** Valid codes with every century sign and separator variant, plus codes the scanner must call "looks like an ID". */
export function hetuItems(rng: Rng): Item[] {
  const out: Item[] = [];
  for (const sign of ALL_SIGNS) {
    for (let i = 0; i < 18; i++) {
      const p = realParts(rng, sign, i < 2);
      const sh = i < 2 ? `hetu leap day ${sign}` : `hetu sign ${sign}`;
      out.push(item('hetu', p, sign, check(p.dd + p.mm + p.yy + p.nnn), sh, i % 9 === 8));
    }
    for (let i = 0; i < 6; i++) {
      const p = realParts(rng, sign);
      out.push(item('hetu_like', p, sign, wrongCheck(rng, check(p.dd + p.mm + p.yy + p.nnn)), `wrong check, sign ${sign}`));
    }
  }
  for (const [name, dash] of Object.entries(DASHES)) {
    for (let i = 0; i < 16; i++) {
      const p = realParts(rng, '-', i === 0);
      const right = check(p.dd + p.mm + p.yy + p.nnn);
      out.push(item('hetu', p, dash, right, `hetu ${name}`, i % 5 === 4));
      if (i < 6) out.push(item('hetu_like', p, dash, wrongCheck(rng, right), `wrong check, ${name}`));
    }
  }
  for (let i = 0; i < 20; i++) {
    // A typed space instead of the hyphen: flagged only when the check character proves it.
    const p = realParts(rng, '-', i === 0);
    out.push(item('hetu', p, ' ', check(p.dd + p.mm + p.yy + p.nnn), 'hetu space separator'));
  }
  for (let i = 0; i < 24; i++) {
    // Impossible dates with a correct check character: 30/31 February, 31 in 30-day months, 29.2. in a non-leap year.
    const sign = rng.pick(ALL_SIGNS);
    const base = SIGNS[sign] ?? 1900;
    const kind = i % 3;
    let year = base + rng.int(0, 99);
    while (kind === 2 && isLeap(year)) year = base + rng.int(0, 99);
    const [day, month] = kind === 0 ? [rng.int(30, 31), 2] : kind === 1 ? [31, rng.pick([4, 6, 9, 11])] : [29, 2];
    const p = { dd: pad2(day), mm: pad2(month), yy: pad2(year % 100), nnn: rng.digits(3) };
    out.push(item('hetu_like', p, sign, check(p.dd + p.mm + p.yy + p.nnn), 'impossible date, right check'));
  }
  return out;
}

/** Space-separated codes with a wrong check character: deliberately not flagged (too ambiguous). */
export function hetuNonFindings(rng: Rng): LabelledText[] {
  const out: LabelledText[] = [];
  for (let i = 0; i < 12; i++) {
    const p = realParts(rng, '-');
    const code = `${p.dd}${p.mm}${p.yy} ${p.nnn}${wrongCheck(rng, check(p.dd + p.mm + p.yy + p.nnn))}`;
    out.push(negative('space-separated code, wrong check', rng.pick([`Ryhmä ${code} jatkaa.`, `Koodi ${code} ei toiminut.`])));
  }
  return out;
}

const FRAMES = [
  'Lapsen henkilötunnus {} oli kirjoitettu lomakkeeseen.',
  'Hetu: {}',
  'Äidin hetu {}, isän tiedot puuttuvat.',
  'Asiakkaan tunnus ({}) näkyi tulosteessa.',
  'Oppilaan henkilötunnus on {}.',
  'Kelan hakemukseen tarvittiin {} ja tilinumero.',
  'Esimerkki: {} – tällaisia ei saisi kirjoittaa lapuille.',
  'Barnets personbeteckning {} fanns på blanketten.',
  'Personbeteckning: {}.',
  'The form showed the ID code {} in full.',
  'ID {} was visible on the screen during the meeting.',
  'Tunnus {} lähetettiin sähköpostilla, mikä oli virhe!',
  '{} on nuoren tunnus, ei saa jakaa.',
  'Isoäidin tunnus oli "{}" vanhassa kansiossa.',
  'Asiakirjassa luki {}; poistimme sen heti.',
  'Taustalla: perhe muutti, hetu {} jäi vanhaan järjestelmään.',
];

export function hetuSentences(rng: Rng): LabelledText[] {
  return hetuItems(rng).map((it) => compose(rng.pick(FRAMES), [it]));
}
