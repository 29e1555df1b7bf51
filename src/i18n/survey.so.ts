export { surveyEn as surveySo } from './survey.en.ts';
