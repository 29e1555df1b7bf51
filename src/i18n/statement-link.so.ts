/** Somali link to the accessibility statement. Machine-written by the team; to be reviewed by a native speaker before production use. */
import type { statementLinkFi } from './statement-link.fi.ts';

/** The link to the accessibility statement, Somali. */
export const statementLinkSo: Record<keyof typeof statementLinkFi, string> = {
  'st.title': 'Bayaanka helitaanka',
};
