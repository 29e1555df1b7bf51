export { commonEn as commonSo } from './common.en.ts';
