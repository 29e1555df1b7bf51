import type { statementLinkFi } from './statement-link.fi.ts';

/** The link to the accessibility statement, Swedish. */
export const statementLinkSv: Record<keyof typeof statementLinkFi, string> = {
  'st.title': 'Tillgänglighetsutlåtande',
};
