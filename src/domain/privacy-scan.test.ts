import { describe, it, expect } from 'vitest';
import type { PrivacyFinding } from './types.ts';
import { hetuCheckChar, scanText } from './privacy-scan.ts';

/** Independent reference implementation of the check character, used to verify the fixtures. */
function referenceCheck(nine: string): string {
  return '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(BigInt(nine) % 31n)]!;
}

/** Asserts that `text` yields exactly one finding of `kind` whose offsets slice out `expected`. */
function expectSingle(text: string, expected: string, kind: PrivacyFinding['kind']): void {
  const findings = scanText(text);
  expect(findings).toHaveLength(1);
  const [f] = findings as [PrivacyFinding];
  expect(f.kind).toBe(kind);
  expect(text.slice(f.start, f.end)).toBe(expected);
  expect(f.start).toBe(text.indexOf(expected));
}

describe('hetuCheckChar', () => {
  it.each([
    ['131052308', 'T'],
    ['010594902', '1'],
    ['020502902', 'X'],
    ['290200123', '9'],
    ['000000000', '0'],
    ['000000030', 'Y'],
  ])('%s → %s', (nine, check) => {
    expect(hetuCheckChar(nine)).toBe(check);
    expect(referenceCheck(nine)).toBe(check);
  });

  it.each(['12345678', '1234567890', '13105230T', ''])('rejects %j', (bad) => {
    expect(() => hetuCheckChar(bad)).toThrow(RangeError);
  });
});

describe('henkilötunnus', () => {
  const valid: Array<[string, string]> = [
    ['classic hyphen (1900s)', '131052-308T'],
    ['Y (1900s)', '010594Y9021'],
    ['X (1900s)', '020594X903P'],
    ['W (1900s)', '150385W1230'],
    ['V (1900s)', '301299V4569'],
    ['U (1900s)', '070777U7773'],
    ['plus (1800s)', '241288+0106'],
    ['A (2000s)', '010100A003J'],
    ['B (2000s)', '311210B234T'],
    ['C (2000s), leap day', '290220C345L'],
    ['D (2000s)', '151015D567W'],
    ['E (2000s)', '020502E902X'],
    ['F (2000s)', '010125F898V'],
    ['en dash', '131052\u2013308T'],
    ['em dash', '131052\u2014308T'],
    ['minus sign', '131052\u2212308T'],
    ['space instead of hyphen', '131052 308T'],
    ['lower-case check char', '131052-308t'],
    ['lower-case century sign', '020502e902x'],
    ['leap day 2000', '290200A1239'],
    ['another hyphen code', '121212-121D'],
  ];

  it.each(valid)('%s: %s', (_label, code) => {
    const nine = code.slice(0, 6) + code.slice(7, 10);
    expect(referenceCheck(nine)).toBe(code.charAt(10).toUpperCase());
    expectSingle(`Hetu ${code} kirjattu lapulle.`, code, 'hetu');
  });

  it.each([
    ['wrong check char', '131052-308U'],
    ['wrong check char, Y sign', '010594Y902A'],
    ['wrong check char, B sign', '311210B234X'],
    ['31 February', '310252-1230'],
    ['29 Feb 1800 (not a leap year) with a correct check char', '290200+1239'],
    ['wrong check char, en dash', '131052\u2013308V'],
  ])('%s → hetu_like: %s', (_label, code) => {
    expectSingle(`Tunnus: ${code}.`, code, 'hetu_like');
  });

  it.each([
    ['inside a longer run (prefix)', 'ABC131052-308T'],
    ['inside a longer run (suffix)', '131052-308TX'],
    ['preceded by a digit', '9131052-308T'],
    ['month 13', '011352-308T'],
    ['day 00', '001052-308T'],
    ['space separator with a wrong check char', 'ryhmä 131052 308U'],
    ['unknown century letter', '131052G308T'],
  ])('%s: %s → nothing', (_label, text) => {
    expect(scanText(text)).toEqual([]);
  });
});

describe('phone numbers', () => {
  it.each([
    '040 123 4567',
    '0401234567',
    '045-123 4567',
    '050 1234567',
    '050-123-4567',
    '044\u2013987 6543',
    '046 123 45 67',
    '040.123.4567',
    '09 123 4567',
    '(09) 1234 567',
    '02 123 4567',
    '014 123 456',
    '+358 40 123 4567',
    '+358401234567',
    '+358 (0)40 123 4567',
    '00358 40 1234567',
    '+358 9 123 4567',
    // digit pairs only, accepted after an unmistakable prefix (issue 6 measurement)
    '050 51 12 77',
    '(09) 71 99 63',
    '+358 16 65 48 19',
    '+358-19-41-11-94',
    '05-11 88 16',
    '044.49.24.46',
  ])('%s', (phone) => {
    expectSingle(`Soita minulle: ${phone}, kiitos!`, phone, 'phone');
  });

  it('stops before a trailing count', () => {
    expectSingle('Numero 040 123 4567 12 kertaa', '040 123 4567', 'phone');
  });

  it('stops before a trailing one-digit number', () => {
    expectSingle('puh 0401234567 5 kpl', '0401234567', 'phone');
  });
});

describe('e-mail addresses', () => {
  it.each([
    'maija.meikalainen@example.fi',
    'pekka+dialogi@kunta.fi',
    'first_last@sub.domain.org',
    'Info@Example.COM',
    'äiti.öljy@esimerkki.fi',
    'a-b@x-y.co.uk',
  ])('%s', (email) => {
    expectSingle(`Lähetä osoitteeseen ${email}.`, email, 'email');
  });

  it('wins over an overlapping phone-shaped local part', () => {
    expectSingle('Viesti: 0401234567@sms.example.fi', '0401234567@sms.example.fi', 'email');
  });
});

describe('street addresses', () => {
  it.each([
    'Mannerheimintie 12',
    'Kauppakatu 5 B 12',
    'Hämeenkatu 3 as. 4',
    'Rantatie 7a',
    'Koulukuja 2',
    'Aleksanterinkatu 15 A',
    'Storgatan 3',
    'Mannerheimvägen 5',
    'Itäinen Rantakatu 4',
    'Kauppatori 1',
    'Lapinrinne 3 C 21',
    'Kirkkopuistikko 2',
    'Sibeliuksenkaari 4',
    'Kalevankatu 5\u20137',
    'Koivupolku 9 as 3',
    'Pohjoisesplanadi 11',
    'Skolgränd 8',
    'HÄMEENKATU 10',
    'Aleksis Kiven katu 7',
    'Ida Aalbergin tie 3 B 12',
  ])('%s', (address) => {
    expectSingle(`Asun osoitteessa ${address}, tervetuloa.`, address, 'address');
  });
});

describe('no false positives on ordinary text', () => {
  it.each([
    'Tavataan 12.3.2024 klo 14.30 salissa.',
    'Vuonna 2023 osallistujia oli 250.',
    'Aukiolo klo 8-16, tauko klo 12.00–12.30.',
    'Aukiolo klo 08.30–16.00 arkisin.',
    'Mennään huone 12:een iltapäivällä.',
    'Paikalla oli 5 lasta ja 2 aikuista.',
    'Kirja: ISBN 978-951-1-23456-7',
    'Kirja: ISBN 0306406152',
    'Hankekausi 2023–2024 päättyy pian.',
    'Kasvu oli 12,5 % ja kulut nousivat 0,5 %.',
    'Kuljimme tie 5 kertaa edestakaisin.',
    'Mötet börjar kl. 9.00 den 3.4.2024.',
    'Vi var 12 personer och 3 barn på plats.',
    'The workshop runs 09.00–11.30 on 05.06.2024.',
    'We had 45 participants and 3 facilitators in room 101.',
    'Päivämäärät 01.02.2024 ja 02.03.2024 sopivat.',
    'Budjetti 15 000 euroa, eli 2 000 per ryhmä.',
    'Tilinumero FI21 1234 5600 0007 85',
    'Lottorivi 02 13 24 31 35 voitti.',
    'Projektori 2 ei toimi.',
    'Versio 2.0.1 julkaistiin 2024-03-12 kello 14:30.',
    'Tilausnumero 123456-7890 on vahvistettu.',
    'Score was 3-2 after 90 minutes.',
    'Kiertotie on pitkä, mutta perillä 10 min päästä.',
    'Ryhmä 3: 12 henkeä ja 4 pöytää.',
    'Sivut 12–45 ja luku 3.',
    'Tavoite 2030: 80 % vähemmän päästöjä.',
    'Postinumero 00100 Helsinki ja 02100 Espoo.',
    'Y-tunnus 1234567-8 löytyy laskusta.',
    'Ehdotus: sähköposti ei ole paras @kanava.',
    // issue 6 measurement
    'Deadline 05-11-2024 for the report.',
    'Valtatie 4 oli ruuhkainen, joten myöhästyimme.',
    'Palvelupolku 2.0 esiteltiin kokouksessa.',
    'Maksu tilille viitteellä 03010 41360.',
    'Lottorivi 09 13 14 29 33 oli lähellä.',
  ])('%s', (text) => {
    expect(scanText(text)).toEqual([]);
  });
});

describe('scanText', () => {
  it('returns several findings sorted by start', () => {
    const text = 'Maija 131052-308T, puh. 040 123 4567, maija@example.fi, Kauppakatu 5 B 12';
    const found = scanText(text).map((f) => [f.kind, text.slice(f.start, f.end)]);
    expect(found).toEqual([
      ['hetu', '131052-308T'],
      ['phone', '040 123 4567'],
      ['email', 'maija@example.fi'],
      ['address', 'Kauppakatu 5 B 12'],
    ]);
  });

  it('uses UTF-16 offsets after astral characters', () => {
    const text = '🙂🙂 soita 0401234567';
    expectSingle(text, '0401234567', 'phone');
    expect(scanText(text)[0]?.start).toBe(11);
  });

  it('returns an empty list for empty text', () => {
    expect(scanText('')).toEqual([]);
  });
});
