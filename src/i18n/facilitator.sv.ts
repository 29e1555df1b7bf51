import type { facilitatorFi } from './facilitator.fi.ts';

export const facilitatorSv: Record<keyof typeof facilitatorFi, string> = {
  'facilitator.title': 'Vuoropuhe',
};
