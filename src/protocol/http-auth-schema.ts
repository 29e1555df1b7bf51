import { z } from 'zod';

/** Bodies of the account-security routes (docs/AUTH.md). Same password rule as setup: 12–200. */
const email = z.string().trim().toLowerCase().max(254).email();
const newPassword = z.string().min(12).max(200);
/** the password someone has now: any length they once chose, but bounded */
const currentPassword = z.string().min(1).max(200);
/** random url-safe tokens we issued (32 bytes base64url = 43 characters) */
const token = z.string().regex(/^[A-Za-z0-9_-]{16,128}$/);
/** a 6-digit TOTP code or a recovery code like "k7mq-x3bd-9f" (spaces and dashes allowed) */
const code = z.string().trim().min(6).max(32);

export const login2faBody = z.strictObject({ ticket: token, code });
export const passwordChangeBody = z.strictObject({ current: currentPassword, next: newPassword });
export const resetRequestBody = z.strictObject({ email });
export const resetConfirmBody = z.strictObject({ token, password: newPassword });
export const mfaCodeBody = z.strictObject({ code });
export const mfaDisableBody = z.strictObject({ password: currentPassword, code });

/** `POST /api/login` with 2FA on: no cookie yet; send the ticket with a code to /api/login/2fa. */
export interface MfaRequiredResponse {
  mfaRequired: true;
  ticket: string;
}
export interface TwoFactorStatus {
  enabled: boolean;
  /** setup started, not yet confirmed with a code */
  pending: boolean;
  recoveryCodesLeft: number;
  /** an organisation requires it of a role the user has there */
  required: boolean;
}
export interface TwoFactorSetupResponse {
  /** base32, for typing into the app by hand */
  secret: string;
  otpauthUri: string;
  /** the otpauthUri as a QR code (SVG markup) */
  qrSvg: string;
}
export interface RecoveryCodesResponse {
  /** shown once; each works once */
  recoveryCodes: string[];
}
