import type { ErrorCode } from '../domain/errors.ts';

/** One table from domain error codes to HTTP statuses. [SPEC W2] */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  forbidden: 403,
  not_found: 404,
  session_closed: 409,
  wrong_phase: 409,
  not_at_table: 403,
  clock_not_running: 409,
  clock_not_paused: 409,
  clock_ended: 409,
  no_clock: 409,
  note_empty: 400,
  note_too_long: 400,
  privacy_check: 422,
  id_taken: 409,
  invalid_value: 400,
  too_many_participants: 409,
  cross_table: 403,
  last_phase: 409,
};
