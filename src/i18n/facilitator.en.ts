import type { facilitatorFi } from './facilitator.fi.ts';

export const facilitatorEn: Record<keyof typeof facilitatorFi, string> = {
  'facilitator.title': 'Vuoropuhe',
};
