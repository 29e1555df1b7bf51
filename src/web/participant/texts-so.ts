import { commonSo } from '../../i18n/common.so.ts';
import { errorsSo } from '../../i18n/errors.so.ts';
import { kidsSo } from '../../i18n/kids.so.ts';
import { participantSo } from '../../i18n/participant.so.ts';
import type { PKey } from './texts.ts';

/** The participant texts in Somali (loaded on demand by texts.ts). */
export const catalog: Record<PKey, string> = { ...commonSo, ...errorsSo, ...participantSo, ...kidsSo };
