import { commonEn } from '../../i18n/common.en.ts';
import { errorsEn } from '../../i18n/errors.en.ts';
import { kidsEn } from '../../i18n/kids.en.ts';
import { participantEn } from '../../i18n/participant.en.ts';
import type { PKey } from './texts.ts';

/** The participant texts in English (loaded on demand by texts.ts). */
export const catalog: Record<PKey, string> = { ...commonEn, ...errorsEn, ...participantEn, ...kidsEn };
