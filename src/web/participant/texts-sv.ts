import { commonSv } from '../../i18n/common.sv.ts';
import { errorsSv } from '../../i18n/errors.sv.ts';
import { kidsSv } from '../../i18n/kids.sv.ts';
import { participantSv } from '../../i18n/participant.sv.ts';
import type { PKey } from './texts.ts';

/** The participant texts in Swedish (loaded on demand by texts.ts). */
export const catalog: Record<PKey, string> = { ...commonSv, ...errorsSv, ...participantSv, ...kidsSv };
