/** facilitator view texts, Finnish (source of keys). Plain language; words from shared/method/glossary.md. */
export const facilitatorFi = {
  'facilitator.title': 'Vuoropuhe',
} as const;
