export { statementLinkEn as statementLinkAr } from './statement-link.en.ts';
