import type { ReportFeedback } from './report-model.ts';

/**
 * Pieces of the report fixture (fixture.ts). Two tiny real images (48×32 px): a PNG (palette, a
 * colour gradient) and a baseline JPEG (a sun over a field), kept as base64 so tests need no image
 * library.
 */
const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAADAAAAAgBAMAAACm+uYvAAAAMFBMVEXQh3SAhpympYlgkaxlyKo/g704x8DRpnSmhol+qZ1QsLQ0n8KLx5eoxojCxHvbxW/iMES2AAAACXBIWXMAAAPoAAAD6AG1e1JrAAAB4ElEQVQoz23OL4zaUBwH8GaGsxRzdfAMXbJeQsiJVjeXQDCXZmZYUlFMc6ZTV6gZky1nutS1WcJDkiKoIzMkxVRfT2BQe0hk93v9QyDZT36/+XzfY77SU5Ruow43ncHdMflVRacDxf09Le4uhaI8P1/yyWRyI/Kt6fR2qspzUokwpEUlZldvDIE8Qt6gIBfFVBQO86lupxLlIyHcY5d+t2OzLGtZn5hmjdF1JorCcEWFyNXtOm/NeIvRazWYGg6/KRLkDY5jWy0e/Wg2dV03QEThakWFbdstZPH895eank9FS0mSuvO5yzkOi6x2u6YbRi6ipe9Losi53E+EEI9eDKOYokIUXdd1HAehdrttlGKzwb7vz6H5DIKCoqA5/uXeCpMZrzfQ4MViUYkDEBMENBj7ee44W5RAfjTOZ2Y8HmsY436v13N3uy8CenggryZMrdfrJcYBFZCjJDmQV8PIMhCapgW4L/d6nreNBUE4HEl2zhhVpVN9+e3N83axkKQHQo4nkwr1t4r7IAa7eBunSUoIMTMqVC0IAsgHXhwnafqXkNOpKFR11Jdl+U8Ml6YfH4RkpRg9lfl+nxcX8TSCQh4M4vg9TdOrqUJQ8n4zBWJUgHj/H0Ef2cMjt+JqqhT/AL9nY/jeLzWqAAAAAElFTkSuQmCC';

const JPEG_BASE64 =
  '/9j/2wBDAA0JCgsKCA0LCgsODg0PEyAVExISEyccHhcgLikxMC4pLSwzOko+MzZGNywtQFdBRkxOUlNSMj5aYVpQYEpRUk//2wBDAQ4ODhMREyYVFSZPNS01T09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT0//wAARCAAgADADASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDVooor1jzgp0aNI4VRzTasWTqshDYy3Q/0rnxVSdKjKcFdo0owU5qMnoD2bqmVIY9xVetZmCqWY4ArKYgsSBgE9PSuDKsZWxCl7Tp1/Q6cZQhSa5Sj/aUH92T8h/jR/aUH92T8h/jWVRUfXqpw3NX+0oP7sn5D/Gj+0oP7sn5D/Gsqij69VC5rHVIiACJSB0zjj9aT+0oP7sn5D/GsqiksbVWisDbZ/9k=';

export function fixturePng(): Uint8Array {
  return Uint8Array.from(Buffer.from(PNG_BASE64, 'base64'));
}

export function fixtureJpeg(): Uint8Array {
  return Uint8Array.from(Buffer.from(JPEG_BASE64, 'base64'));
}

export function feedback(sessionName: string, counts: [number, number, number, number, number][], open: string[]): ReportFeedback {
  const statements = counts.map((c) => {
    const n = c.reduce((a, b) => a + b, 0);
    return { counts: c, mean: n === 0 ? null : c.reduce((sum, k, i) => sum + k * (i + 1), 0) / n };
  });
  return { sessionName, answers: Math.max(...counts.map((c) => c.reduce((a, b) => a + b, 0))), statements, open };
}

/** Longer than a page (four paragraphs, four times), so the PDF has to wrap it across a page break. */
export function longSummary(): string {
  const paragraphs = [
    'Mäntylän päiväkodin työyhteisö kävi syksyllä 2025 hyvien käytäntöjen dialogin kahdessa tilaisuudessa. Ensimmäisessä tilaisuudessa käsittelimme neljää huolen vyöhykettä oppimiskahvilassa, toisessa syvennyimme avoimessa tilassa kolmeen teemaan.',
    'Vahvuutemme näkyvät arjen kohtaamisissa: lapsi ja vanhempi tervehditään nimeltä, ja päivän onnistumisista kerrotaan ääneen. Työntekijät kokivat, että pienen huolen puheeksi ottaminen onnistuu, kun siihen varataan hetki rauhassa eikä asiaa hoideta ovensuussa kiireessä.',
    'Kehitettävää löytyi perehdytyksestä ja yhteistyön jatkuvuudesta. Sovimme, että perehdytyskansio päivitetään ja että neuvolan kanssa pidettävä kuukausipalaveri vakiinnutetaan. Palaverin kustannus on 0 €, mutta se vaatii työaikaa noin 45 minuuttia kuukaudessa jokaiselta osallistujalta.',
    'Osallistujat pitivät tärkeänä, että huoli nähdään yhteisenä asiana eikä vanhemman syynä. Tämä ajatus – “huoli on yhteinen” – nousi esiin sekä oppimiskahvilan pöydissä että avoimen tilan ryhmissä.',
  ];
  const out: string[] = [];
  for (let round = 0; round < 4; round++) out.push(...paragraphs);
  return out.join('\n\n');
}
