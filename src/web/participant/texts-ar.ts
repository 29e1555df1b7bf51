import { commonAr } from '../../i18n/common.ar.ts';
import { errorsAr } from '../../i18n/errors.ar.ts';
import { kidsAr } from '../../i18n/kids.ar.ts';
import { participantAr } from '../../i18n/participant.ar.ts';
import type { PKey } from './texts.ts';

/** The participant texts in Arabic (loaded on demand by texts.ts). */
export const catalog: Record<PKey, string> = { ...commonAr, ...errorsAr, ...participantAr, ...kidsAr };
