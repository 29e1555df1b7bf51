export { surveyEn as surveyAr } from './survey.en.ts';
