export { participantEn as participantAr } from './participant.en.ts';
