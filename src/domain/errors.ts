/**
 * Errors are values at the domain edge. Each code maps to an i18n key `error.<code>`
 * on the client and to an HTTP status / WebSocket handling in server/error-map.ts.
 */
export const ERROR_CODES = [
  'forbidden',
  'not_found',
  'session_closed',
  'wrong_phase',
  'not_at_table',
  'clock_not_running',
  'clock_not_paused',
  'clock_ended',
  'no_clock',
  'note_empty',
  'note_too_long',
  'privacy_check',
  'id_taken',
  'invalid_value',
  'too_many_participants',
  'cross_table',
  'last_phase',
  'wrong_kind',
  'group_full',
  'not_in_group',
  'limit_reached',
  'already_answered',
  'image_too_large',
  'image_type',
  'image_dimensions',
  'image_corrupt',
  'session1_not_closed',
  'already_exists',
  'user_not_found',
  'last_admin',
  'survey_closed',
  'survey_answered',
  'illegal_transition',
  'readiness_missing',
  'readiness_override',
  'agreement_missing',
  'consent_required',
  'participant_named',
  'not_a_facilitator',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;
  constructor(code: ErrorCode, details?: Record<string, unknown>) {
    super(code);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}
