/** participant view texts, Finnish (source of keys). Plain language; words from shared/method/glossary.md. */
export const participantFi = {
  'participant.title': 'Vuoropuhe',
} as const;
