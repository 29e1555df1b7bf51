import type { screenFi } from './screen.fi.ts';

export const screenSv: Record<keyof typeof screenFi, string> = {
  'screen.title': 'Vuoropuhe',
  'screen.connecting': 'Ansluter till tillfället…',
  'screen.offline': 'Anslutningen bröts – ansluter igen',
  'screen.fatal': 'Öppna den här vyn från handledarens konsol',
  'screen.fatalBody': 'Storskärmsvyn fungerar när handledaren är inloggad i den här webbläsaren.',
  'screen.notFound': 'Tillfället hittades inte',
  'screen.notFoundBody': 'Kontrollera adressen eller öppna vyn från handledarens konsol.',
  'screen.table': 'Bord {n}',
  'screen.group': 'Grupp {n}',
  'screen.host': 'Bordsvärd på plats',
  'screen.notes': 'Lappar: {n}',
  'screen.more': '+ {n} till',
  'screen.important': 'Viktig',

  'screen.lobby.heading': 'Gå med med din telefon',
  'screen.lobby.code': 'Deltagarkod',
  'screen.lobby.url': 'Gå till adressen',
  'screen.lobby.qrAlt': 'QR-kod som öppnar sidan för att gå med {url}',
  'screen.lobby.scan': 'Eller skanna QR-koden',
  'screen.lobby.joined': 'Med: {n}',

  'screen.opening.tables': 'I dag samtalar vi vid de här borden',

  'screen.round.heading': 'Omgång {n}/{total}',
  'screen.round.hint': 'Grupperna går från bord till bord. Bordsvärden stannar kvar.',
  'screen.theming.heading': 'Tematisering',
  'screen.theming.hint': 'Varje grupp tematiserar lapparna vid sitt sista bord.',
  'screen.themes': 'Teman: {n}',
  'screen.unthemed': 'Utan tema: {n}',

  'screen.clock.label': 'Tid kvar',

  'screen.debrief.heading': 'Genomgång: bordens teman',
  'screen.carried': 'Fortsätter vid tillfälle 2',
  'screen.moreThemes': '+ {n} teman till',
  'screen.noThemes': 'Inga teman',

  'screen.closed.heading': 'Tack!',
  'screen.closed.body': 'Tillfället har avslutats. Tack för att ni var med.',
};
