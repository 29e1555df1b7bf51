import type { participantFi } from './participant.fi.ts';

export const participantSv: Record<keyof typeof participantFi, string> = {
  'participant.title': 'Vuoropuhe',
};
