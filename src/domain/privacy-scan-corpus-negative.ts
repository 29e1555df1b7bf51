import type { LabelledText, Rng } from './privacy-scan-corpus-core.ts';
import { negative, pad2 } from './privacy-scan-corpus-core.ts';

/**
 * Non-findings: ordinary dialogue text full of numbers that must not be flagged — dates, times,
 * sums, percentages, postal codes, years and ranges, rooms, ordinals, counts, ISBNs, IBANs, order
 * numbers, Y-tunnus, versions, scores, page ranges, too-short phone-like numbers, street words without
 * a number, "@" without an address. Each generator gets a random source and returns one sentence.
 */

type Gen = (r: Rng) => string;

const day = (r: Rng): number => r.int(1, 28);
const month = (r: Rng): number => r.int(1, 12);
const year = (r: Rng): number => r.int(2015, 2030);
const hour = (r: Rng): number => r.int(7, 20);
const minute = (r: Rng): string => r.pick(['00', '15', '30', '45', '10', '05']);
/** Thousands with a (no-break) space: "15 000". */
const thousands = (n: number, sep = ' '): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);

/** Y-tunnus with its real check digit (weights 7 9 10 5 8 4 2, mod 11). */
function yTunnus(r: Rng): string {
  for (;;) {
    const d = r.digits(7);
    const sum = [...d].reduce((s, c, i) => s + Number(c) * ([7, 9, 10, 5, 8, 4, 2][i] ?? 0), 0);
    const rem = sum % 11;
    if (rem === 1) continue;
    return `${d}-${rem === 0 ? 0 : 11 - rem}`;
  }
}

const GENERATORS: Record<string, Gen[]> = {
  date: [
    (r) => `Tavataan ${pad2(day(r))}.${pad2(month(r))}.${year(r)} koulun salissa.`,
    (r) => `Seuraava kokoontuminen ${day(r)}.${month(r)}.${year(r)}, tervetuloa!`,
    (r) => `Palaute ${day(r)}.${month(r)}. mennessä.`,
    (r) => `Päätös tehtiin ${year(r)}-${pad2(month(r))}-${pad2(day(r))} ja se tuli voimaan heti.`,
    (r) => `Jakso ${day(r)}.${month(r)}.–${day(r)}.${month(r)}.${year(r)} oli raskas.`,
    (r) => `Mötet hålls ${day(r)}.${month(r)}.${year(r)} i aulan.`,
    (r) => `The next session is on ${pad2(day(r))}.${pad2(month(r))}.${String(year(r)).slice(2)}.`,
    (r) => `Vanhempainilta ti ${pad2(day(r))}.${pad2(month(r))}. klo ${hour(r)}.`,
    (r) => `Deadline ${pad2(day(r))}-${pad2(month(r))}-${year(r)} for the report.`,
    (r) => `Päivitetty ${pad2(day(r))}/${pad2(month(r))}/${year(r)}.`,
  ],
  time: [
    (r) => `Aloitamme klo ${hour(r)}.${minute(r)} ja lopetamme ajoissa.`,
    (r) => `Kokous ${hour(r)}:${minute(r)}–${hour(r)}:${minute(r)}.`,
    (r) => `Aukiolo klo ${r.int(7, 9)}–${r.int(15, 17)} arkisin.`,
    (r) => `Päivystys ${pad2(r.int(7, 9))}.${minute(r)}–${r.int(15, 17)}.${minute(r)}, lounas ${r.int(11, 12)}.${minute(r)}.`,
    (r) => `Vi börjar kl. ${hour(r)}.${minute(r)} och slutar kl. ${hour(r)}.`,
    (r) => `Break at ${pad2(hour(r))}:${minute(r)}, then groups until ${hour(r)}.${minute(r)}.`,
    (r) => `Tauko ${r.int(5, 30)} min, jatketaan ${pad2(r.int(8, 9))}.${minute(r)}.`,
  ],
  sum: [
    (r) => `Hankkeen budjetti oli ${thousands(r.int(1, 99) * 500)} € vuodessa.`,
    (r) => `Avustusta haettiin ${thousands(r.int(2, 90) * 1000)} euroa.`,
    (r) => `Lounas maksaa ${r.int(1, 12)},${r.pick(['50', '90', '00', '20'])} €.`,
    (r) => `Kustannukset ${thousands(r.int(1000, 250000), '\u00a0')} € ylittivät arvion.`,
    (r) => `Retken omavastuu ${r.int(5, 40)} € / lapsi, yhteensä ${thousands(r.int(300, 4000))} €.`,
    (r) => `Bidraget var ${thousands(r.int(5, 80) * 1000)} euro.`,
    (r) => `It cost € ${thousands(r.int(100, 9000))} and ${r.int(1, 9)},${r.int(10, 99)} € per head.`,
  ],
  percent: [
    (r) => `Kasvu oli ${r.int(1, 40)},${r.int(0, 9)} % ja kulut nousivat ${r.int(1, 9)} %.`,
    (r) => `Vastausprosentti ${r.int(20, 99)} %, viime vuonna ${r.int(20, 99)}%.`,
    (r) => `Andelen var ${r.int(1, 99)} procent.`,
    (r) => `About ${r.int(1, 99)}% of the pupils answered.`,
  ],
  'postal code': [
    (r) => `Toimisto sijaitsee postinumerossa ${r.pick(['00100', '00120', '00530', '00980', '02100', '02600'])} Helsingin seudulla.`,
    (r) =>
      `${r.pick(['33100', '33200', '40100', '90100', '20100', '70100'])} ${r.pick(['Tampere', 'Jyväskylä', 'Oulu', 'Turku', 'Kuopio'])} on lähin toimipiste.`,
    (r) => `Postinumerot ${pad2(r.int(0, 9))}${r.int(100, 990)} ja ${pad2(r.int(0, 9))}${r.int(100, 990)} kuuluvat alueeseen.`,
    (r) => `PL ${r.int(1, 999)}, ${r.pick(['00099', '00021', '02070'])} ${r.pick(['Helsingin kaupunki', 'Espoon kaupunki'])}.`,
    (r) => `Postnummer ${pad2(r.int(0, 6))}${r.int(100, 990)} Helsingfors.`,
  ],
  'year / range': [
    (r) => `Vuonna ${year(r)} osallistujia oli ${r.int(20, 400)}.`,
    (r) => `Hankekausi ${year(r)}–${year(r)} päättyy pian.`,
    (r) => `Vuosina ${r.int(1990, 2010)}-${r.int(2011, 2024)} toimintaa kehitettiin.`,
    (r) => `${r.int(1950, 2000)}-luvulla tehtiin toisin.`,
    (r) => `Strategia ${r.int(2025, 2035)}: ${r.int(10, 90)} % vähemmän jonoja.`,
    (r) => `Lukuvuosi ${year(r)}–${String(year(r)).slice(2)} alkaa pian.`,
  ],
  room: [
    (r) => `Ryhmät kokoontuvat huoneessa ${r.int(100, 450)} ja aulassa.`,
    (r) => `Luokka ${r.int(1, 9)}${r.pick(['A', 'B', 'C'])} vierailee ${r.int(1, 30)}. päivä.`,
    (r) => `Sali ${r.pick(['A', 'B', 'C'])}${r.int(100, 350)} on varattu.`,
    (r) => `Vi ses i rum ${r.int(1, 300)}.`,
    (r) => `Meet in room ${r.int(1, 500)}, floor ${r.int(1, 8)}.`,
  ],
  ordinal: [
    (r) => `${r.int(1, 9)}. luokan oppilaat tekivät ${r.int(2, 12)}. kerran saman tehtävän.`,
    (r) => `Tämä oli jo ${r.int(2, 30)}. tapaaminen.`,
    (r) => `Kierros ${r.int(1, 4)}: ${r.int(3, 8)} pöytää, ${r.int(2, 6)} teemaa.`,
    (r) => `Den ${r.int(2, 20)}:e träffen gick bra.`,
  ],
  count: [
    (r) => `Paikalla oli ${r.int(2, 30)} lasta ja ${r.int(1, 9)} aikuista.`,
    (r) => `Vi var ${r.int(5, 40)} personer och ${r.int(1, 9)} barn på plats.`,
    (r) => `We had ${r.int(10, 90)} participants and ${r.int(2, 6)} facilitators.`,
    (r) => `Jonossa ${r.int(10, 300)} perhettä, odotusaika ${r.int(2, 20)} viikkoa.`,
    (r) => `${r.int(2, 40)} vastaajaa, ${r.int(1, 9)} tyhjää lappua.`,
    (r) => `Lapset ${r.int(0, 3)}–${r.int(4, 6)} v: ${r.int(5, 40)}, ${r.int(7, 9)}–${r.int(10, 12)} v: ${r.int(5, 40)}.`,
  ],
  ISBN: [
    (r) => `Kirja: ISBN 978-951-${r.int(0, 9)}-${r.digits(5)}-${r.int(0, 9)}.`,
    (r) => `Lähde ISBN 978-952-${r.digits(3)}-${r.digits(3)}-${r.int(0, 9)}, s. ${r.int(10, 99)}.`,
    (r) => `ISBN 951-0-${r.digits(5)}-${r.int(0, 9)}`,
    (r) => `ISBN ${r.digits(9)}${r.int(0, 9)}`,
  ],
  IBAN: [
    (r) => `Tilinumero FI${r.digits(2)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(2)}.`,
    (r) => `Maksu tilille FI${r.digits(2)}${r.digits(14)} viitteellä ${r.digits(5)} ${r.digits(5)}.`,
    (r) => `Konto FI${r.digits(2)} ${r.pick(['0450', '5000', '1234', '0210'])} ${r.digits(4)} ${r.digits(4)} ${r.digits(2)}.`,
  ],
  'order number': [
    (r) => `Tilausnumero ${r.int(100000, 999999)} on vahvistettu.`,
    (r) => `Laskun numero ${r.int(1000, 99999)}, eräpäivä ${day(r)}.${month(r)}.`,
    (r) => `Diaarinumero ${r.pick(['HEL', 'ESP', 'TRE'])} ${year(r)}-${r.digits(6)} käsittelyssä.`,
    (r) => `Tiketti #${r.int(1000, 99999)} suljettiin.`,
    (r) => `Order no. ${r.int(10000, 999999)} arrived.`,
  ],
  'Y-tunnus': [(r) => `Y-tunnus ${yTunnus(r)} löytyy laskusta.`, (r) => `FO-nummer ${yTunnus(r)}.`],
  version: [
    (r) => `Versio ${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 30)} julkaistiin.`,
    (r) => `Päivitimme v${r.int(1, 4)}.${r.int(0, 12)} -> v${r.int(2, 5)}.${r.int(0, 12)}.`,
    (r) => `Toimintamalli ${r.int(1, 3)}.0 otettiin käyttöön.`,
  ],
  score: [
    (r) => `Peli päättyi ${r.int(0, 9)}-${r.int(0, 9)} ja kaikki nauroivat.`,
    (r) => `Score was ${r.int(0, 5)}–${r.int(0, 5)} after ${r.int(60, 90)} minutes.`,
    (r) => `Äänet ${r.int(5, 40)}–${r.int(5, 40)}, ehdotus hyväksyttiin.`,
  ],
  'page range': [
    (r) => `Sivut ${r.int(1, 99)}–${r.int(100, 300)} ja luku ${r.int(1, 12)}.`,
    (r) => `Ks. s. ${r.int(1, 99)}-${r.int(100, 200)}.`,
    (r) => `See pp. ${r.int(1, 150)}–${r.int(151, 300)}.`,
  ],
  'short number': [
    (r) => `Numero ${r.pick(['040', '050', '09'])} ${r.digits(3)} jäi kesken.`,
    (r) => `Hätänumero 112 ja ${r.pick(['116 111', '116 117'])} ovat kaikkien tiedossa.`,
    (r) => `Koodi 0${r.int(10, 99)} toimii ovessa.`,
    (r) => `Vaihde ${r.pick(['09 12', '040 1'])}, loput puuttuu.`,
    (r) => `Linja-auto ${r.int(1, 99)}${r.pick(['', 'N', 'K'])} kulkee ${r.int(5, 20)} min välein.`,
  ],
  'street word, no number': [
    () => `Katu oli liukas, joten tulimme myöhässä.`,
    (r) => `${r.pick(['Rantatie', 'Koulukatu', 'Kirkkotie', 'Storgatan'])} on suljettu remontin takia.`,
    (r) => `Kuljimme tie ${r.int(2, 9)} kertaa edestakaisin.`,
    (r) => `Kiertotie on pitkä, mutta perillä ${r.int(5, 30)} min päästä.`,
    (r) => `Projektori ${r.int(1, 3)} ei toimi, rehtori ${r.int(1, 2)} kertaa paikalla.`,
    (r) => `Vi tog vägen förbi skolan ${r.int(2, 5)} gånger.`,
  ],
  'road / compound word + number': [
    (r) => `${r.pick(['Valtatie', 'Kantatie', 'Moottoritie'])} ${r.int(1, 30)} oli ruuhkainen, joten myöhästyimme.`,
    (r) => `${r.pick(['Palvelupolku', 'Hoitopolku', 'Opintopolku'])} ${r.int(1, 3)}.0 esiteltiin kokouksessa.`,
  ],
  'no e-mail': [
    () => 'Ehdotus: sähköposti ei ole paras @kanava.',
    (r) => `Seuraa meitä: @vuoropuhe_${r.int(1, 99)} ja #lastensuojelu.`,
    () => 'Kirjoita etunimi.sukunimi at kunta piste fi -muodossa.',
    () => 'Merkki @ puuttui lomakkeesta.',
  ],
};

/** About `perGenerator` sentences from every generator of every category (≈ 600 for 6). */
export function negativeSentences(rng: Rng, perGenerator: number): LabelledText[] {
  const out: LabelledText[] = [];
  for (const [category, gens] of Object.entries(GENERATORS)) {
    for (const gen of gens) {
      for (let i = 0; i < perGenerator; i++) out.push(negative(category, gen(rng)));
    }
  }
  return out;
}
