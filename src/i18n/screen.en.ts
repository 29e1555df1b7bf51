import type { screenFi } from './screen.fi.ts';

export const screenEn: Record<keyof typeof screenFi, string> = {
  'screen.title': 'Vuoropuhe',
};
