/**
 * Failures of sign-in and account security, as codes the HTTP layer translates (`error.<code>`).
 * Thrown by AuthService and MfaService; routes-auth.ts maps them to statuses.
 */
export type AuthErrorCode =
  | 'login_failed'
  | 'rate_limited'
  | 'mfa_code'
  | 'mfa_ticket'
  | 'mfa_not_enabled'
  | 'mfa_already_enabled'
  | 'mfa_not_pending'
  | 'password_wrong'
  | 'reset_token';

export class AuthError extends Error {
  constructor(
    readonly code: AuthErrorCode,
    readonly extra: { retryAfter?: number; ticket?: string } = {},
  ) {
    super(code);
  }
}

export const isAuthError = (e: unknown): e is AuthError => e instanceof AuthError;
