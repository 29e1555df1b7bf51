export { statementLinkEn as statementLinkSo } from './statement-link.en.ts';
