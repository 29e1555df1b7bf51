import type { statementLinkFi } from './statement-link.fi.ts';

/** The link to the accessibility statement, English. */
export const statementLinkEn: Record<keyof typeof statementLinkFi, string> = {
  'st.title': 'Accessibility statement',
};
