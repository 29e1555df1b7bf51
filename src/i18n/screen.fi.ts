/** screen view texts, Finnish (source of keys). Plain language; words from shared/method/glossary.md. */
export const screenFi = {
  'screen.title': 'Vuoropuhe',
  'screen.connecting': 'Yhdistetään tilaisuuteen…',
  'screen.offline': 'Yhteys katkesi – yhdistetään uudelleen',
  'screen.fatal': 'Avaa tämä näkymä vetäjän hallintanäkymästä',
  'screen.fatalBody': 'Valkokangasnäkymä toimii, kun vetäjä on kirjautunut tällä selaimella.',
  'screen.notFound': 'Tilaisuutta ei löytynyt',
  'screen.notFoundBody': 'Tarkista osoite tai avaa näkymä vetäjän hallintanäkymästä.',
  'screen.table': 'Pöytä {n}',
  'screen.group': 'Ryhmä {n}',
  'screen.host': 'Pöydän vetäjä paikalla',
  'screen.notes': 'Lappuja: {n}',
  'screen.more': '+ {n} muuta',
  'screen.important': 'Tärkeä',

  'screen.lobby.heading': 'Liity mukaan puhelimella',
  'screen.lobby.code': 'Osallistumiskoodi',
  'screen.lobby.url': 'Mene osoitteeseen',
  'screen.lobby.qrAlt': 'QR-koodi, joka avaa liittymissivun {url}',
  'screen.lobby.scan': 'Tai skannaa QR-koodi',
  'screen.lobby.joined': 'Mukana: {n}',

  'screen.opening.tables': 'Tänään keskustelemme näissä pöydissä',

  'screen.round.heading': 'Kierros {n}/{total}',
  'screen.round.hint': 'Ryhmät kiertävät pöydästä toiseen. Pöydän vetäjä pysyy paikallaan.',
  'screen.theming.heading': 'Teemoittelu',
  'screen.theming.hint': 'Jokainen ryhmä teemoittelee viimeisen pöytänsä laput.',
  'screen.themes': 'Teemoja: {n}',
  'screen.unthemed': 'Ilman teemaa: {n}',

  'screen.clock.label': 'Aikaa jäljellä',

  'screen.debrief.heading': 'Purku: pöytien teemat',
  'screen.carried': 'Jatkuu tilaisuudessa 2',
  'screen.moreThemes': '+ {n} muuta teemaa',
  'screen.noThemes': 'Ei teemoja',

  'screen.closed.heading': 'Kiitos!',
  'screen.closed.body': 'Tilaisuus on päättynyt. Kiitos, että olitte mukana.',
} as const;
