import type { screenFi } from './screen.fi.ts';

export const screenSv: Record<keyof typeof screenFi, string> = {
  'screen.title': 'Vuoropuhe',
};
