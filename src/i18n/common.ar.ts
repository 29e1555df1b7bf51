export { commonEn as commonAr } from './common.en.ts';
