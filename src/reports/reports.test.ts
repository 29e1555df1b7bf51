import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvActions, csvFeedback, csvNotes, csvPractices, toCsv } from './csv.ts';
import { renderDocx } from './docx.ts';
import { reportFixture } from './fixture.ts';
import { formatMean } from './format.ts';
import { renderIcs } from './ics.ts';
import { renderPdf } from './pdf.ts';
import { emptyReport, parseCsv, pdfPages } from './test-helpers.ts';

describe('PDF', () => {
  const report = reportFixture('fi');
  let pages: string[] = [];
  beforeAll(async () => {
    pages = await pdfPages(await renderPdf(report));
  });

  it('has several pages with numbers in the footer', () => {
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]).toContain(`1 / ${pages.length}`);
    expect(pages.at(-1)).toContain(`${pages.length} / ${pages.length}`);
  });

  it('shows the headings, Finnish letters, practices, actions and the feedback mean as text', () => {
    const all = pages.join('\n');
    for (const heading of [
      'Dialogiprosessin raportti'.toUpperCase(),
      'Tilaajan yhteenveto',
      'Tilaisuus 1:',
      'Hyvät käytännöt',
      'Jatkotyöskentely',
      'Toimenpiteet',
      'Palaute',
    ]) {
      expect(all).toContain(heading);
    }
    expect(all).toContain('Päiväkoti Mäntylän');
    expect(all).toContain('Huolen puheeksi ottaminen');
    expect(all).toContain('Toisten tukeminen jälkikäteen');
    expect(all).toContain('Åsa Öhman');
    expect(all).toContain('0 €');
    expect(all).toContain('Добро пожаловать');
    expect(all).toContain('Neuvolan ja päiväkodin kuukausipalaveri');
    expect(all).toContain('Jöns Åström');
    expect(all).toContain('jokeriteema');
    const mean = report.feedback[0]?.statements[0]?.mean ?? 0;
    expect(all).toContain(`Keskiarvo ${formatMean('fi', mean)}`);
    expect(all).toContain('8 (50 %)'); // counts are written beside the bars
  });

  it('wraps the long summary over a page break', () => {
    expect(pages[0]).toContain('Tilaajan yhteenveto');
    expect(pages[1]).toContain('huoli on yhteinen');
  });
});

describe('DOCX', () => {
  it('is a Word package with headings, tables, two images and the language', async () => {
    const files = unzipSync(new Uint8Array(await renderDocx(reportFixture('fi'))));
    const xml = new TextDecoder().decode(files['word/document.xml']);
    const styles = new TextDecoder().decode(files['word/styles.xml']);
    expect(xml).toContain('Päiväkoti Mäntylän hyvien käytäntöjen dialogi');
    expect(xml).toContain('Toisten tukeminen jälkikäteen');
    expect(xml).toContain('Jöns Åström');
    expect(xml).toContain('0 €');
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('Keskiarvo');
    expect(styles).toContain('w:styleId="Heading1"');
    expect(styles).toContain('<w:lang w:val="fi-FI"/>');
    const media = Object.keys(files).filter((k) => k.startsWith('word/media/'));
    expect(media.map((m) => m.split('.').pop()).sort()).toEqual(['jpg', 'png']);
  });
});

describe('CSV', () => {
  const report = reportFixture('fi');

  it('quotes per RFC 4180 with CRLF and a BOM, and guards formulas', () => {
    expect(
      toCsv([
        ['a', 'b,c'],
        ['"q"', 'x\ny'],
        ['=SUM(A1)', '\tx', '@me', '-1', '+2'],
      ]),
    ).toBe('\uFEFFa,"b,c"\r\n"""q""","x\ny"\r\n\'=SUM(A1),\'\tx,\'@me,\'-1,\'+2\r\n');
  });

  it('writes notes with a translated header and exact texts', () => {
    const text = csvNotes(report);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual([
      'Tilaisuus',
      'Pöytä',
      'Huolen vyöhyke',
      'Teema',
      'Viedään tilaisuuteen 2',
      'Muistiinpano',
      'Tärkeä',
      'Kirjoittaja',
    ]);
    expect(text).toContain('"Vanhempainilta, jossa “kahvi” ja ""pulla"",\nsekä uusi rivi"');
    const notes = rows.map((r) => r[5]);
    expect(notes).toContain('Vanhempainilta, jossa “kahvi” ja "pulla",\nsekä uusi rivi');
    expect(notes).toContain("'=1+1 kirjoitettiin vahingossa");
    expect(notes).toContain("'@kaikki: muistetaan kysyä myös isältä");
    expect(notes).toContain("'+ lastensuojelun yhteystiedot näkyville taukotilaan");
    expect(rows.every((r) => r.length === 8)).toBe(true);
    expect(parseCsv(csvNotes(reportFixture('sv')).slice(1))[0]?.[1]).toBe('Bord');
  });

  it('writes practices, actions and feedback', () => {
    expect(parseCsv(csvPractices(report).slice(1))[1]?.[0]).toBe('Päivän onnistuminen ovella');
    const actions = parseCsv(csvActions(report).slice(1));
    expect(actions[0]).toEqual(['Toimenpide', 'Vastuuhenkilö', 'Määräaika', 'Tila', 'Teema', 'Hyvä käytäntö']);
    expect(actions[1]).toEqual([
      'Päivitetään perehdytyskansio',
      'Sanna Kärkkäinen',
      '2025-12-15',
      'käynnissä',
      'Uuden työntekijän perehdytys',
      '',
    ]);
    const feedback = parseCsv(csvFeedback(reportFixture('en')).slice(1));
    expect(feedback[0]).toEqual(['Session', 'Question', 'Answers', '1', '2', '3', '4', '5', 'Mean', 'Open answer']);
    expect(feedback[1]).toEqual([
      'Oppimiskahvila huolen vyöhykkeistä',
      'The dialogue was useful for my work.',
      '16',
      '0',
      '0',
      '2',
      '8',
      '6',
      '4.25',
      '',
    ]);
    expect(feedback.some((r) => r[9] === 'Kahden jalan laki toimi hyvin!')).toBe(true);
  });
});

describe('ICS', () => {
  const ics = renderIcs({
    uid: 'followup-42@vuoropuhe',
    title: 'Jatkotapaaminen: Mäntylä, sali “Pöllö”; 2. krs',
    description: `Ohjelma:\n1) Mitä on tehty\\tehtävä\n2) ${'Seuraavat askeleet ja käytännöt 🙂 ääkköset '.repeat(4)}`,
    start: '2025-11-20T13:00',
    durationMinutes: 90,
    location: 'Mäntylän päiväkoti, Kuusitie 3',
    now: Date.UTC(2025, 9, 20, 6, 30, 5),
  });
  const lines = ics.split('\r\n');
  const unfolded = ics.replace(/\r\n /g, '').split('\r\n');

  it('uses CRLF and folds at 75 octets without splitting characters', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(ics).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });

  it('escapes text and places the event in Helsinki time', () => {
    expect(unfolded).toContain('SUMMARY:Jatkotapaaminen: Mäntylä\\, sali “Pöllö”\\; 2. krs');
    expect(unfolded).toContain('LOCATION:Mäntylän päiväkoti\\, Kuusitie 3');
    const description = unfolded.find((l) => l.startsWith('DESCRIPTION:')) ?? '';
    expect(description).toContain('DESCRIPTION:Ohjelma:\\n1) Mitä on tehty\\\\tehtävä\\n2) Seuraavat');
    expect(description).toContain('🙂 ääkköset');
    expect(unfolded).toContain('DTSTART;TZID=Europe/Helsinki:20251120T130000');
    expect(unfolded).toContain('DTSTAMP:20251020T063005Z');
    expect(unfolded).toContain('DURATION:PT1H30M');
    expect(unfolded).toContain('UID:followup-42@vuoropuhe');
    expect(unfolded.slice(0, 2)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0']);
    expect(unfolded).toContain('PRODID:-//Vuoropuhe//Vuoropuhe dialogue reports//FI');
    expect(unfolded).toContain('TZID:Europe/Helsinki');
    expect(unfolded).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
  });

  it('rejects a start that is not local date-time', () => {
    expect(() =>
      renderIcs({ uid: 'x', title: 'x', description: '', start: '2025-11-20 13:00', durationMinutes: 60, location: '', now: 0 }),
    ).toThrow();
  });
});

describe('an empty report', () => {
  it('renders in every format', async () => {
    const report = emptyReport();
    const pages = await pdfPages(await renderPdf(report));
    const all = pages.join('\n');
    expect(all).toContain('No feedback yet.');
    expect(all).toContain('No actions have been recorded yet.');
    expect(all).toContain('The first session has not been held yet.');
    const files = unzipSync(new Uint8Array(await renderDocx(report)));
    expect(new TextDecoder().decode(files['word/document.xml'])).toContain('No feedback yet.');
    for (const csv of [csvNotes, csvPractices, csvActions, csvFeedback]) expect(parseCsv(csv(report).slice(1))).toHaveLength(1);
  });
});
