import type { participantFi } from './participant.fi.ts';

export const participantEn: Record<keyof typeof participantFi, string> = {
  'participant.title': 'Vuoropuhe',
};
