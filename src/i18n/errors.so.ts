export { errorsEn as errorsSo } from './errors.en.ts';
