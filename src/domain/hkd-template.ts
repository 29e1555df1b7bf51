import type { Question, Table, Texts, Zone } from './types.ts';

/**
 * The HKD session 1 template: four concern-zone tables with starter questions in our own
 * plain-language wording (see shared/method/questions.md). Facilitators edit them per dialogue.
 */
const ZONE_TITLES: Record<Zone, Texts> = {
  1: { fi: 'Ei huolta', sv: 'Ingen oro', en: 'No concern' },
  2: { fi: 'Pieni huoli', sv: 'Liten oro', en: 'Small concern' },
  3: { fi: 'Tuntuva huoli', sv: 'Betydande oro', en: 'Considerable concern' },
  4: { fi: 'Suuri huoli', sv: 'Stor oro', en: 'Great concern' },
};

const ZONE_QUESTIONS: Record<Zone, Texts[]> = {
  1: [
    {
      fi: 'Mitä teemme, kun asiat sujuvat hyvin – ja miten pidämme sen yllä?',
      sv: 'Vad gör vi när det går bra – och hur håller vi fast vid det?',
      en: 'What do we do when things go well, and how do we keep it up?',
    },
    {
      fi: 'Miten huomaamme ja sanomme ääneen, että jokin menee hyvin?',
      sv: 'Hur märker vi och säger högt att något går bra?',
      en: 'How do we notice, and say out loud, that something is going well?',
    },
    {
      fi: 'Mitkä pienet arjen tavat tukevat lapsia, asiakkaita ja perheitä?',
      sv: 'Vilka små vardagsvanor stöder barn, klienter och familjer?',
      en: 'Which small everyday habits support children, clients and families?',
    },
    {
      fi: 'Missä olemme hyviä, ja miten uusi työntekijä oppii sen?',
      sv: 'Var är vi bra, och hur lär sig en ny kollega det?',
      en: 'Where are we good, and how does a new colleague learn it?',
    },
  ],
  2: [
    {
      fi: 'Kun pieni huoli herää, mitä teemme ensin ja kenen kanssa puhumme?',
      sv: 'När en liten oro väcks, vad gör vi först och med vem talar vi?',
      en: 'When a small worry comes up, what do we do first, and who do we talk to?',
    },
    {
      fi: 'Miten otamme huolen puheeksi niin, että se tuntuu tuelta?',
      sv: 'Hur tar vi upp oron så att det känns som stöd?',
      en: 'How do we bring up a worry so that it feels like support?',
    },
    {
      fi: 'Mikä auttaa luottamaan omaan tunteeseen, että jokin ei ole ihan kohdallaan?',
      sv: 'Vad hjälper oss att lita på känslan att något inte riktigt stämmer?',
      en: 'What helps us trust our feeling that something is a little off?',
    },
    {
      fi: 'Keihin yhteistyökumppaneihin saamme jo nyt helposti yhteyden?',
      sv: 'Vilka samarbetspartner når vi redan nu lätt?',
      en: 'Which partners can we already reach easily?',
    },
  ],
  3: [
    {
      fi: 'Mitä teemme, kun omat keinot alkavat loppua?',
      sv: 'Vad gör vi när våra egna medel börjar ta slut?',
      en: 'What do we do when our own means start to run out?',
    },
    {
      fi: 'Miten kutsumme mukaan muita ammattilaisia ja pidämme perheen mukana?',
      sv: 'Hur tar vi in andra yrkespersoner och håller familjen med?',
      en: 'How do we bring in other professionals and keep the family involved?',
    },
    {
      fi: 'Mikä on toiminut, kun monta palvelua on työskennellyt saman huolen parissa?',
      sv: 'Vad har fungerat när flera tjänster arbetat med samma oro?',
      en: 'What has worked when several services worked on the same worry?',
    },
    {
      fi: 'Mitä tarvitsemme toisiltamme ja esihenkilöltä tässä tilanteessa?',
      sv: 'Vad behöver vi av varandra och av chefen här?',
      en: 'What do we need from each other and from our manager here?',
    },
  ],
  4: [
    {
      fi: 'Kun huoli on suuri ja kiireellinen, mitä teemme ja mitä vältämme?',
      sv: 'När oron är stor och brådskande, vad gör vi och vad undviker vi?',
      en: 'When the worry is great and urgent, what do we do, and what do we avoid?',
    },
    {
      fi: 'Miten pidämme huolta suhteesta perheeseen samalla kun toimimme?',
      sv: 'Hur tar vi hand om relationen till familjen medan vi agerar?',
      en: 'How do we look after our relationship with the family while we act?',
    },
    { fi: 'Miten tuemme toisiamme jälkikäteen?', sv: 'Hur stöder vi varandra efteråt?', en: 'How do we support each other afterwards?' },
    {
      fi: 'Mitkä sopimukset (lastensuojelu, terveydenhuolto, poliisi…) toimivat käytännössä?',
      sv: 'Vilka avtal (barnskydd, hälsovård, polis…) fungerar i praktiken?',
      en: 'Which agreements (child protection, health care, police…) work in practice?',
    },
  ],
};

const EXTRA_TITLE: Texts = { fi: 'Pöytä', sv: 'Bord', en: 'Table' };

export function zoneTable(zone: Zone, id: string): Table {
  return {
    id,
    zone,
    title: { ...ZONE_TITLES[zone] },
    questions: ZONE_QUESTIONS[zone].map((text, i): Question => ({ id: `z${zone}q${i + 1}`, text: { ...text } })),
    hostId: null,
    meetingUrl: null,
  };
}

/** A table beyond the four zones (or when a zone is removed): numbered, no questions yet. */
export function extraTable(index: number, id: string): Table {
  const n = String(index + 1);
  return {
    id,
    zone: null,
    title: { fi: `${EXTRA_TITLE.fi} ${n}`, sv: `${EXTRA_TITLE.sv} ${n}`, en: `${EXTRA_TITLE.en} ${n}` },
    questions: [],
    hostId: null,
    meetingUrl: null,
  };
}

/** Table i of the template: zones 1–4 for the first four, numbered extra tables after. */
export function templateTable(index: number, id: string): Table {
  return index < 4 ? zoneTable((index + 1) as Zone, id) : extraTable(index, id);
}

/** Table ids are stable per position within a session: t1…t8. */
export function tableId(index: number): string {
  return `t${index + 1}`;
}

export function hkdTables(count: number): Table[] {
  return Array.from({ length: count }, (_, i) => templateTable(i, tableId(i)));
}
