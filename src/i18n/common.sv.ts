import type { commonFi } from './common.fi.ts';

export const commonSv: Record<keyof typeof commonFi, string> = {
  'lang.fi': 'suomi',
  'lang.sv': 'svenska',
  'lang.en': 'English',
  'lang.ar': 'العربية',
  'lang.so': 'Soomaali',
  'lang.label': 'Språk',
  'conn.connecting': 'Ansluter…',
  'conn.online': 'Anslutningen fungerar',
  'conn.offline': 'Ingen anslutning – vi sparar när anslutningen är tillbaka',
  'conn.closed': 'Anslutningen stängd',
  'zone.label': 'Zon {n}',
  'clock.minutesLeft': '{n} min kvar',
  'clock.secondsLeft': '{n} s kvar',
  'clock.paused': 'Klockan pausad',
  'clock.ended': 'Tiden är slut',
  'clock.warning': 'Två minuter kvar',
  'common.noscript': 'Vuoropuhe behöver JavaScript för att fungera.',
};
