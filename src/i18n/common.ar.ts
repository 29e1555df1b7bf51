/** Arabic (MSA) common texts. Machine-written by the team; to be reviewed by a native speaker before production use. */
import type { commonFi } from './common.fi.ts';

export const commonAr: Record<keyof typeof commonFi, string> = {
  'lang.fi': 'suomi',
  'lang.sv': 'svenska',
  'lang.en': 'English',
  'lang.ar': 'العربية',
  'lang.so': 'Soomaali',
  'lang.label': 'اللغة',
  'conn.connecting': 'جارٍ الاتصال…',
  'conn.online': 'الاتصال يعمل',
  'conn.offline': 'لا يوجد اتصال – سنحفظ عندما يعود الاتصال',
  'conn.closed': 'تم إغلاق الاتصال',
  'zone.label': 'المنطقة {n}',
  'clock.minutesLeft': 'الدقائق المتبقية: {n}',
  'clock.secondsLeft': 'الثواني المتبقية: {n}',
  'clock.paused': 'الساعة متوقفة مؤقتا',
  'clock.ended': 'انتهى الوقت',
  'clock.warning': 'بقيت دقيقتان',
  'common.noscript': 'يحتاج Vuoropuhe إلى JavaScript ليعمل.',
};
