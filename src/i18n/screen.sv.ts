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
  'screen.unthemed': 'Utan tema: {n}',

  'screen.clock.label': 'Tid kvar',

  'screen.debrief.heading': 'Genomgång: bordens teman',
  'screen.carried': 'Fortsätter vid tillfälle 2',
  'screen.moreThemes': '+ {n} teman till',
  'screen.noThemes': 'Inga teman',

  'screen.closed.heading': 'Tack!',
  'screen.closed.body': 'Tillfället har avslutats. Tack för att ni var med.',
  'screen.os.joker': 'Jokertema: vad som helst som saknas',
  'screen.os.jokerBadge': 'jokertema',
  'screen.os.people': '{n, plural, one {# person} other {# personer}}',
  'screen.os.groups': 'Grupper: {n}',
  'screen.os.where': '{theme} · grupp {n}',
  'screen.os.items': 'På blädderblocket: {n}',
  'screen.os.images': 'Bilder: {n}',

  'screen.os.opening.lead': 'I dag väljer var och en själv vad hen pratar om.',
  'screen.os.principles': 'Fyra principer',
  'screen.os.principle1': 'De som kommer är precis rätt personer.',
  'screen.os.principle2': 'Det som händer är precis det som kan hända nu.',
  'screen.os.principle3': 'Samtalet börjar när det börjar.',
  'screen.os.principle4': 'När saken är färdigpratad är den klar.',
  'screen.os.twoFeet': 'Lagen om två fötter',
  'screen.os.twoFeetBody': 'Om du varken lär dig något eller ger gruppen något, gå till en annan grupp. Du får byta när som helst.',

  'screen.os.market.heading': 'Marknadsplats',
  'screen.os.market.hint': 'Välj i telefonen det tema du vill prata om.',
  'screen.os.noThemes': 'Inga teman ännu',
  'screen.os.capHint': 'Högst {n} personer per grupp',
  'screen.os.proposed': 'Förslag som väntar på handledaren',
  'screen.os.unplaced': 'Har inte valt tema ännu: {n}',

  'screen.os.groups.heading': 'Grupperna arbetar',
  'screen.os.groups.hint': 'Lagen om två fötter: du kan byta grupp när som helst.',

  'screen.os.pearls.heading': 'Pärlor',
  'screen.os.pearls.none': 'Inga pärlor ännu',
  'screen.os.mainPoints': 'Huvudpunkter',

  'screen.os.followup.heading': 'Vi kommer överens om uppföljningen',
  'screen.os.followup.body': 'Vad hörde vi i dag? Hur förs temana vidare: vem gör vad och när?',

  'screen.feedback.heading': 'Respons: {n} svar',
  'screen.feedback.headingOne': 'Respons: 1 svar',
  'screen.feedback.body': 'Ge respons i telefonen. Responsen är anonym.',
  'screen.feedback.rejoin': 'Stängde du sidan? Gå med igen',
};
