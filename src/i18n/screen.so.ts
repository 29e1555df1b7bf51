export { screenEn as screenSo } from './screen.en.ts';
