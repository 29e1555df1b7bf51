/** Texts shared by every view (language names, connection states, zones). Finnish is the source. */
export const commonFi = {
  'lang.fi': 'suomi',
  'lang.sv': 'svenska',
  'lang.en': 'English',
  'lang.label': 'Kieli',
  'conn.connecting': 'Yhdistetään…',
  'conn.online': 'Yhteys kunnossa',
  'conn.offline': 'Ei yhteyttä – tallennamme, kun yhteys palaa',
  'conn.closed': 'Yhteys suljettu',
  'zone.label': 'Vyöhyke {n}',
  'clock.minutesLeft': '{n} min jäljellä',
  'clock.secondsLeft': '{n} s jäljellä',
  'clock.paused': 'Kello pysäytetty',
  'clock.ended': 'Aika päättyi',
  'clock.warning': 'Kaksi minuuttia jäljellä',
  'common.noscript': 'Vuoropuhe tarvitsee JavaScriptin toimiakseen.',
} as const;
