export { participantEn as participantSo } from './participant.en.ts';
