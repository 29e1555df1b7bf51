import type { commonFi } from './common.fi.ts';

export const commonEn: Record<keyof typeof commonFi, string> = {
  'lang.fi': 'suomi',
  'lang.sv': 'svenska',
  'lang.en': 'English',
  'lang.ar': 'العربية',
  'lang.so': 'Soomaali',
  'lang.label': 'Language',
  'conn.connecting': 'Connecting…',
  'conn.online': 'Connected',
  'conn.offline': 'No connection – we will save when it is back',
  'conn.closed': 'Connection closed',
  'zone.label': 'Zone {n}',
  'clock.minutesLeft': '{n} min left',
  'clock.secondsLeft': '{n} s left',
  'clock.paused': 'Clock paused',
  'clock.ended': 'Time is up',
  'clock.warning': 'Two minutes left',
  'common.noscript': 'Vuoropuhe needs JavaScript to work.',
};
