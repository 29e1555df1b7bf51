import type { screenFi } from './screen.fi.ts';

export const screenEn: Record<keyof typeof screenFi, string> = {
  'screen.title': 'Vuoropuhe',
  'screen.connecting': 'Connecting to the session…',
  'screen.offline': 'Connection lost – reconnecting',
  'screen.fatal': "Open this from the facilitator's console",
  'screen.fatalBody': 'The projector view works when the facilitator is signed in in this browser.',
  'screen.notFound': 'Session not found',
  'screen.notFoundBody': "Check the address or open the view from the facilitator's console.",
  'screen.table': 'Table {n}',
  'screen.group': 'Group {n}',
  'screen.host': 'Table host present',
  'screen.notes': 'Notes: {n}',
  'screen.more': '+ {n} more',
  'screen.important': 'Important',

  'screen.lobby.heading': 'Join with your phone',
  'screen.lobby.code': 'Join code',
  'screen.lobby.url': 'Go to',
  'screen.lobby.qrAlt': 'QR code that opens the join page {url}',
  'screen.lobby.scan': 'Or scan the QR code',
  'screen.lobby.joined': 'Joined: {n}',

  'screen.opening.tables': 'Today we talk at these tables',

  'screen.round.heading': 'Round {n}/{total}',
  'screen.round.hint': 'Groups move from table to table. Table hosts stay.',
  'screen.theming.heading': 'Theming',
  'screen.theming.hint': 'Each group sorts the notes of its last table into themes.',
  'screen.themes': 'Themes: {n}',
  'screen.unthemed': 'Without a theme: {n}',

  'screen.clock.label': 'Time left',

  'screen.debrief.heading': "Debrief: the tables' themes",
  'screen.carried': 'Carried to session 2',
  'screen.moreThemes': '+ {n} more themes',
  'screen.noThemes': 'No themes',

  'screen.closed.heading': 'Thank you!',
  'screen.closed.body': 'The session has ended. Thank you for taking part.',
};
