/** Somali common texts. Machine-written by the team; to be reviewed by a native speaker before production use. */
import type { commonFi } from './common.fi.ts';

export const commonSo: Record<keyof typeof commonFi, string> = {
  'lang.fi': 'suomi',
  'lang.sv': 'svenska',
  'lang.en': 'English',
  'lang.ar': 'العربية',
  'lang.so': 'Soomaali',
  'lang.label': 'Luqadda',
  'conn.connecting': 'Xiriir ayaa la samaynayaa…',
  'conn.online': 'Xiriirku wuu shaqaynayaa',
  'conn.offline': 'Xiriir ma jiro – waan kaydin doonnaa marka uu soo laabto',
  'conn.closed': 'Xiriirka waa la xiray',
  'zone.label': 'Aagga {n}',
  'clock.minutesLeft': '{n} daqiiqo ayaa haray',
  'clock.secondsLeft': '{n} ilbiriqsi ayaa haray',
  'clock.paused': 'Saacadda waa la hakiyay',
  'clock.ended': 'Waqtigii waa dhammaaday',
  'clock.warning': 'Laba daqiiqo ayaa haray',
  'common.noscript': 'Vuoropuhe wuxuu u baahan yahay JavaScript si uu u shaqeeyo.',
};
