export { screenEn as screenAr } from './screen.en.ts';
