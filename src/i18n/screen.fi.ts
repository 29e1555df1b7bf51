/** screen view texts, Finnish (source of keys). Plain language; words from shared/method/glossary.md. */
export const screenFi = {
  'screen.title': 'Vuoropuhe',
} as const;
