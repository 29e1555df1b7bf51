import type { Lang } from '../domain/types.ts';
import { feedback, fixtureJpeg, fixturePng, longSummary } from './fixture-parts.ts';
import type { ProcessReport, ReportNote } from './report-model.ts';

/**
 * A realistic report of a finished dialogue in a day-care unit, for tests and for looking at the
 * layout by eye. The content is Finnish whatever `lang` is (as it would be in a Finnish unit);
 * `lang` only picks the report's own words. It carries the awkward cases on purpose: ä ö å € and
 * “quotes”, Cyrillic, a comma+quote+newline note, notes that look like spreadsheet formulas, and a
 * summary longer than a page.
 */
export function reportFixture(lang: Lang): ProcessReport {
  return {
    lang,
    generatedAt: Date.UTC(2025, 9, 20, 6, 30), // 20.10.2025 klo 9.30 Helsingin aikaa
    process: {
      name: 'Päiväkoti Mäntylän hyvien käytäntöjen dialogi',
      organisation: 'Järvenpään kaupunki',
      unit: 'Varhaiskasvatus, Mäntylän päiväkoti',
      purpose: 'Tunnistaa, mikä yhteistyössä perheiden kanssa jo toimii, ja sopia, mitä vahvistamme ensi vuonna.',
      facilitator: 'Åsa Öhman',
      commissioner: 'Päivi Järvinen',
    },
    summary: longSummary(),
    session1: {
      name: 'Oppimiskahvila huolen vyöhykkeistä',
      date: Date.UTC(2025, 8, 16, 10, 0),
      participants: 18,
      tables: [
        {
          title: 'Pöytä 1 – Kun asiat sujuvat',
          zone: 1,
          themes: [
            {
              name: 'Päivittäinen kohtaaminen ovella',
              carried: true,
              notes: [
                note('Tervehdimme jokaista lasta ja vanhempaa nimeltä.', true),
                note('Kerromme päivän onnistumisista, emme vain ongelmista.'),
              ],
            },
            {
              name: 'Uuden työntekijän perehdytys',
              carried: false,
              notes: [note('Perehdytyskansio on vanhentunut – päivitetään yhdessä.')],
            },
          ],
          unthemed: [note('Vanhempainilta, jossa “kahvi” ja "pulla",\nsekä uusi rivi')],
        },
        {
          title: 'Pöytä 2 – Pieni huoli herää',
          zone: 2,
          themes: [
            {
              name: 'Huolen puheeksi ottaminen',
              carried: true,
              notes: [
                note('Otamme huolen puheeksi heti, emme odota vasu-keskustelua.', true),
                note('=1+1 kirjoitettiin vahingossa'),
                note('@kaikki: muistetaan kysyä myös isältä'),
              ],
            },
          ],
          unthemed: [note('Tulkkaus: «Добро пожаловать» -kyltti ovessa auttoi.')],
        },
        {
          title: 'Pöytä 3 – Tuntuva huoli',
          zone: 3,
          themes: [
            {
              name: 'Yhteistyö neuvolan kanssa',
              carried: true,
              notes: [
                note('Yhteinen palaveri neuvolan kanssa kerran kuussa.'),
                note('-20 % odotusaikaa, kun konsultaatio varattiin suoraan.'),
              ],
            },
          ],
          unthemed: [],
        },
        {
          title: 'Pöytä 4 – Suuri huoli',
          zone: 4,
          themes: [
            {
              name: 'Toisten tukeminen jälkikäteen',
              carried: false,
              notes: [note('Purkukeskustelu samana päivänä, vaikka vain 10 minuuttia.', true)],
            },
          ],
          unthemed: [note('+ lastensuojelun yhteystiedot näkyville taukotilaan')],
        },
      ],
    },
    session2: {
      name: 'Avoin tila teemoista',
      date: Date.UTC(2025, 9, 14, 10, 0),
      participants: 16,
      offers: [
        {
          name: 'Huolen puheeksi ottaminen',
          origin: 'carried',
          groups: [
            {
              label: 'Huolen puheeksi ottaminen (ryhmä 1)',
              keyThemes: ['Luottamus syntyy arjessa', 'Sanat, jotka eivät syyllistä'],
              keywords: ['puheeksiotto', 'kiireettömyys', 'kumppanuus'],
              texts: ['Kysy ensin: “Miten teillä menee kotona?”', 'Sovi heti seuraava hetki, jolloin palataan asiaan.'],
              photos: [{ data: fixtureJpeg(), contentType: 'image/jpeg', alt: 'Ryhmän 1 fläppi: aurinko pellon yllä' }],
              pearls: ['Huoli on yhteinen, ei vanhemman vika.'],
              mainPoints: 'Ryhmä korosti kiireettömyyttä: 5 minuuttia rauhassa on parempi kuin 20 minuuttia ovella.',
            },
            {
              label: 'Huolen puheeksi ottaminen (ryhmä 2)',
              keyThemes: ['Kirjaaminen ja jatkuvuus'],
              keywords: ['kirjaaminen', 'vastuuhenkilö'],
              texts: ['Sovittu asia kirjataan samana päivänä.'],
              photos: [{ data: fixturePng(), contentType: 'image/png', alt: 'Ryhmän 2 fläppi: värikäs ajatuskartta' }],
              pearls: ['Jokaisella perheellä on oma yhteyshenkilö.'],
              mainPoints: 'Jatkuvuus syntyy, kun sama työntekijä palaa asiaan.',
            },
          ],
        },
        {
          name: 'Yhteistyö neuvolan kanssa',
          origin: 'carried',
          groups: [
            {
              label: 'Yhteistyö neuvolan kanssa',
              keyThemes: ['Matala kynnys soittaa'],
              keywords: ['neuvola', 'konsultaatio'],
              texts: [],
              photos: [],
              pearls: ['Puhelinaika neuvolan terveydenhoitajalle torstaisin.'],
              mainPoints: 'Yhteinen kuukausipalaveri jatkuu; kustannus 0 €.',
            },
          ],
        },
        {
          name: 'Työhyvinvointi ja jaksaminen',
          origin: 'joker',
          groups: [
            {
              label: 'Työhyvinvointi ja jaksaminen',
              keyThemes: ['Tauot ovat osa työtä'],
              keywords: ['jaksaminen', 'vertaistuki'],
              texts: ['Ääni kuuluu, kun joku kysyy.'],
              photos: [],
              pearls: [],
              mainPoints: '',
            },
          ],
        },
      ],
      practices: [
        {
          title: 'Päivän onnistuminen ovella',
          description: 'Hakutilanteessa kerromme vanhemmalle yhden konkreettisen onnistumisen lapsen päivästä ennen muita asioita.',
          keywords: ['kohtaaminen', 'myönteisyys', 'arki'],
          context: 'Päiväkodin eteinen, hakutilanne klo 15–17',
          theme: 'Päivittäinen kohtaaminen ovella',
          session: 'Avoin tila teemoista',
        },
        {
          title: 'Neuvolan ja päiväkodin kuukausipalaveri',
          description:
            'Kerran kuussa 45 minuutin yhteinen palaveri, jossa käydään läpi huolta herättävät tilanteet luvan saaneiden perheiden kanssa.',
          keywords: ['yhteistyö', 'neuvola'],
          context: 'Mäntylän päiväkoti ja Keskustan neuvola',
          theme: 'Yhteistyö neuvolan kanssa',
          session: 'Avoin tila teemoista',
        },
      ],
    },
    followup: {
      heard: 'Kohtaaminen ovella ja varhainen puheeksiotto ovat vahvuutemme.',
      needsMonths: 'Perehdytyskansion päivitys; yhteystiedot näkyville.',
      needsYears: 'Yhteinen toimintamalli neuvolan ja päiväkodin välille koko kaupunkiin.',
      themePlans: [
        { theme: 'Huolen puheeksi ottaminen', plan: 'Kokeillaan sovittua kysymystä kaikissa ryhmissä marraskuun ajan.' },
        { theme: 'Yhteistyö neuvolan kanssa', plan: 'Kuukausipalaveri vakiinnutetaan kalenteriin.' },
      ],
      resultsUse: 'Tulokset käsitellään tiimipalaverissa ja viedään Kohtaamoon keväällä.',
      continueDialogue: 'later',
      nextMeeting: '2025-11-20T13:00',
      nextMeetingPlace: 'Mäntylän päiväkoti, sali “Pöllö”',
    },
    actions: [
      {
        title: 'Päivitetään perehdytyskansio',
        theme: 'Uuden työntekijän perehdytys',
        practice: null,
        owner: 'Sanna Kärkkäinen',
        due: '2025-12-15',
        status: 'in_progress',
      },
      {
        title: 'Sovitaan neuvolapalaverit kevääksi',
        theme: 'Yhteistyö neuvolan kanssa',
        practice: 'Neuvolan ja päiväkodin kuukausipalaveri',
        owner: 'Jöns Åström',
        due: null,
        status: 'open',
      },
    ],
    feedback: [
      feedback(
        'Oppimiskahvila huolen vyöhykkeistä',
        [
          [0, 0, 2, 8, 6],
          [0, 1, 3, 6, 6],
          [0, 0, 1, 7, 8],
          [1, 2, 5, 5, 3],
        ],
        ['Enemmän aikaa teemoitteluun.', 'Pöytiä olisi voinut olla vähemmän, kierrokset tuntuivat lyhyiltä.'],
      ),
      feedback(
        'Avoin tila teemoista',
        [
          [0, 0, 1, 5, 8],
          [0, 0, 2, 4, 8],
          [0, 1, 2, 6, 5],
          [0, 1, 3, 6, 4],
        ],
        ['Kahden jalan laki toimi hyvin!'],
      ),
    ],
  };
}

function note(text: string, important = false): ReportNote {
  return { text, important, author: null };
}
