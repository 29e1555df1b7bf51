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
  'screen.unthemed': 'Without a theme: {n}',

  'screen.clock.label': 'Time left',

  'screen.debrief.heading': "Debrief: the tables' themes",
  'screen.carried': 'Carried to session 2',
  'screen.moreThemes': '+ {n} more themes',
  'screen.noThemes': 'No themes',

  'screen.closed.heading': 'Thank you!',
  'screen.closed.body': 'The session has ended. Thank you for taking part.',
  'screen.os.joker': 'Joker theme: whatever is missing',
  'screen.os.jokerBadge': 'joker theme',
  'screen.os.people': '{n, plural, one {# person} other {# people}}',
  'screen.os.groups': 'Groups: {n}',
  'screen.os.where': '{theme} · group {n}',
  'screen.os.items': 'On the flipchart: {n}',
  'screen.os.images': 'Pictures: {n}',

  'screen.os.opening.lead': 'Today everyone chooses what to talk about.',
  'screen.os.principles': 'Four principles',
  'screen.os.principle1': 'The people who come are the right people.',
  'screen.os.principle2': 'What happens is just what can happen now.',
  'screen.os.principle3': 'The talk starts when it starts.',
  'screen.os.principle4': 'When the talk is done, it is done.',
  'screen.os.twoFeet': 'The law of two feet',
  'screen.os.twoFeetBody': 'If you are not learning or giving anything, go to another group. You may move at any time.',

  'screen.os.market.heading': 'Marketplace',
  'screen.os.market.hint': 'On your phone, choose the theme you want to talk about.',
  'screen.os.noThemes': 'No themes yet',
  'screen.os.capHint': 'At most {n} people per group',
  'screen.os.proposed': 'Proposals waiting for the facilitator',
  'screen.os.unplaced': 'Not chosen a theme yet: {n}',

  'screen.os.groups.heading': 'Groups at work',
  'screen.os.groups.hint': 'The law of two feet: you may move to another group at any time.',

  'screen.os.pearls.heading': 'Pearls',
  'screen.os.pearls.none': 'No pearls yet',
  'screen.os.mainPoints': 'Main points',

  'screen.os.followup.heading': 'Agreeing on what happens next',
  'screen.os.followup.body': 'What did we hear today? How do the themes go forward: who does what, and by when?',

  'screen.feedback.heading': 'Feedback: {n} answers',
  'screen.feedback.headingOne': 'Feedback: 1 answer',
  'screen.feedback.body': 'Give your feedback on your phone. It is anonymous.',
  'screen.feedback.rejoin': 'Closed the page? Join again',
};
