export { errorsEn as errorsAr } from './errors.en.ts';
