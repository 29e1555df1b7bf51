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
  'screen.unthemed': 'Ilman teemaa: {n}',

  'screen.clock.label': 'Aikaa jäljellä',

  'screen.debrief.heading': 'Purku: pöytien teemat',
  'screen.carried': 'Jatkuu tilaisuudessa 2',
  'screen.moreThemes': '+ {n} muuta teemaa',
  'screen.noThemes': 'Ei teemoja',

  'screen.closed.heading': 'Kiitos!',
  'screen.closed.body': 'Tilaisuus on päättynyt. Kiitos, että olitte mukana.',
  'screen.os.joker': 'Jokeriteema: mikä tahansa, mikä puuttuu',
  'screen.os.jokerBadge': 'jokeriteema',
  'screen.os.people': '{n, plural, one {# henkilö} other {# henkeä}}',
  'screen.os.groups': 'Ryhmiä: {n}',
  'screen.os.where': '{theme} · ryhmä {n}',
  'screen.os.items': 'Fläpissä: {n}',
  'screen.os.images': 'Kuvia: {n}',

  'screen.os.opening.lead': 'Tänään jokainen valitsee itse, mistä puhuu.',
  'screen.os.principles': 'Neljä periaatetta',
  'screen.os.principle1': 'Ne, jotka tulevat, ovat juuri oikeat ihmiset.',
  'screen.os.principle2': 'Se, mitä tapahtuu, on juuri sitä, mitä nyt voi tapahtua.',
  'screen.os.principle3': 'Keskustelu alkaa, kun se alkaa.',
  'screen.os.principle4': 'Kun asia on puhuttu, se on valmis.',
  'screen.os.twoFeet': 'Kahden jalan laki',
  'screen.os.twoFeetBody': 'Jos et opi etkä anna ryhmälle mitään, mene toiseen ryhmään. Saat vaihtaa milloin vain.',

  'screen.os.market.heading': 'Teematori',
  'screen.os.market.hint': 'Valitse puhelimella teema, josta haluat puhua.',
  'screen.os.noThemes': 'Ei vielä teemoja',
  'screen.os.capHint': 'Ryhmässä enintään {n} henkeä',
  'screen.os.proposed': 'Ehdotukset odottavat vetäjää',
  'screen.os.unplaced': 'Ei vielä valinnut teemaa: {n}',

  'screen.os.groups.heading': 'Ryhmät työssä',
  'screen.os.groups.hint': 'Kahden jalan laki: voit vaihtaa ryhmää milloin vain.',

  'screen.os.pearls.heading': 'Helmet',
  'screen.os.pearls.none': 'Ei vielä helmiä',
  'screen.os.mainPoints': 'Pääkohdat',

  'screen.os.followup.heading': 'Sovitaan jatkosta',
  'screen.os.followup.body': 'Mitä kuulimme tänään? Miten teemoja viedään eteenpäin: kuka tekee mitä ja milloin?',

  'screen.feedback.heading': 'Palaute: {n} vastausta',
  'screen.feedback.headingOne': 'Palaute: 1 vastaus',
  'screen.feedback.body': 'Anna palautetta puhelimella. Palaute on nimetön.',
  'screen.feedback.rejoin': 'Suljitko sivun? Liity uudelleen',
} as const;
