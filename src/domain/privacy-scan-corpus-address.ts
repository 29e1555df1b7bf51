import type { Item, LabelledText, Rng } from './privacy-scan-corpus-core.ts';
import { compose } from './privacy-scan-corpus-core.ts';

/**
 * Street addresses for the evaluation corpus: Finnish compound street names (-katu, -tie, -kuja, -polku,
 * -rinne, -väylä, -ranta, -puistikko, -kaari, -mäki, -tori …), Swedish ones (-gatan, -vägen, -gränd,
 * -stigen …), a few two-word names ("Aleksis Kiven katu"), then a house number with the usual
 * staircase / apartment tails ("5 B 12", "3 as. 4", "7a", "5–7").
 */

const FI_STEMS = [
  'Koulu',
  'Kirkko',
  'Koivu',
  'Mänty',
  'Hämeen',
  'Kauppa',
  'Asema',
  'Puisto',
  'Myllyn',
  'Sepän',
  'Lähteen',
  'Aleksanterin',
  'Kalevan',
  'Satama',
  'Tehtaan',
  'Niityn',
  'Kataja',
  'Pihlaja',
  'Runebergin',
  'Rauhan',
  'Länsi',
  'Itä',
  'Ylä',
  'Keskus',
  'Lapin',
  'Vilhon',
  'Sibeliuksen',
  'Kuusi',
];
const FI_SUFFIXES = ['katu', 'katu', 'tie', 'tie', 'tie', 'kuja', 'kuja', 'polku', 'rinne', 'väylä', 'ranta', 'puistikko', 'kaari', 'mäki'];
const FI_WHOLE = ['Mannerheimintie', 'Kauppatori', 'Senaatintori', 'Pohjoisesplanadi', 'Hakaniemenranta', 'Itäväylä', 'Ratapihantie'];
const SV_STEMS = ['Stor', 'Skol', 'Kyrko', 'Strand', 'Hamn', 'Åbo', 'Tall', 'Björk', 'Ängs', 'Kvarn', 'Mannerheim', 'Sjö'];
const SV_SUFFIXES = ['gatan', 'gatan', 'vägen', 'vägen', 'gränd', 'stigen'];
/** Two-word names written with a separate generic word. */
const TWO_WORD = ['Aleksis Kiven katu', 'Urho Kekkosen katu', 'Ida Aalbergin tie', 'Albert Edelfeltin tie', 'Runar Schildtin tie'];
/** Directional prefixes written as separate words. */
const PREFIXES = ['Itäinen', 'Läntinen', 'Pohjoinen', 'Eteläinen', 'Vanha', 'Norra', 'Södra'];

function houseNumber(rng: Rng): number {
  return rng.chance(0.7) ? rng.int(1, 40) : rng.int(41, 250);
}

/** Staircase / apartment tail after the house number, with its shape label. */
function tail(rng: Rng, swedish: boolean, house: number): [string, string] {
  const r = rng.int(0, 11);
  const stair = rng.pick(['A', 'B', 'C', 'D']);
  const apt = rng.int(1, 60);
  if (r <= 3) return ['', 'number'];
  if (r === 4) return [` ${stair}`, 'staircase'];
  if (r === 5) return [` ${stair} ${apt}`, 'staircase + apartment'];
  if (r === 6) return [stair.toLowerCase(), 'letter glued'];
  if (r === 7) return [swedish ? ` lgh ${apt}` : ` as. ${apt}`, swedish ? 'lgh' : 'as.'];
  if (r === 8) return [` as ${apt}`, 'as'];
  if (r === 9) return [`\u2013${house + 2}`, 'range en dash'];
  if (r === 10) return [`-${house + 2}`, 'range hyphen'];
  return [` ${stair} as. ${apt}`, 'staircase + as.'];
}

export function addressItem(rng: Rng): Item {
  const r = rng.int(0, 99);
  let street: string;
  let family: string;
  if (r < 55) {
    street = rng.pick(FI_STEMS) + rng.pick(FI_SUFFIXES);
    family = `fi -${street.match(/(katu|tie|kuja|polku|rinne|väylä|ranta|puistikko|kaari|mäki)$/)?.[1] ?? '?'}`;
  } else if (r < 65) {
    street = rng.pick(FI_WHOLE);
    family = 'fi well-known';
  } else if (r < 85) {
    street = rng.pick(SV_STEMS) + rng.pick(SV_SUFFIXES);
    family = 'sv';
  } else if (r < 92) {
    street = `${rng.pick(PREFIXES)} ${rng.pick(FI_STEMS)}${rng.pick(['katu', 'tie', 'gatan'])}`;
    family = 'prefix word';
  } else if (r < 96) {
    street = rng.pick(TWO_WORD);
    family = 'two-word name';
  } else {
    street = (rng.pick(FI_STEMS) + rng.pick(FI_SUFFIXES)).toUpperCase();
    family = 'upper case';
  }
  const house = houseNumber(rng);
  const [t, tailShape] = tail(rng, family === 'sv', house);
  // Glued letters and ranges go straight after the number, everything else after a space.
  return { kind: 'address', value: `${street} ${house}${t}`, shape: `address ${family} / ${tailShape}` };
}

const FRAMES = [
  'Perhe asuu osoitteessa {}, ovikoodi kysytään.',
  'Kotikäynti: {} klo 10.',
  'Tapasimme lapsen kotona ({}) viime viikolla.',
  'Nuori muutti osoitteeseen {} ja koulu vaihtui.',
  'Osoite {} näkyi kuvassa.',
  'Isovanhemmat, {}, hakevat lapsen perjantaisin.',
  'Familjen bor på {} sedan i våras.',
  'Adress: {}.',
  'Hembesök på {} i morgon.',
  'The family lives at {}, near the school.',
  'Address: {}',
  'Lapsi kertoi asuvansa {}:ssa.',
  'Ilmoitus tehtiin osoitteesta {}; selvitetään.',
  '{} – siellä kokoontuu vertaisryhmä.',
];

export function addressSentences(rng: Rng, n: number): LabelledText[] {
  const out: LabelledText[] = [];
  for (let i = 0; i < n; i++) out.push(compose(rng.pick(FRAMES), [addressItem(rng)]));
  return out;
}
