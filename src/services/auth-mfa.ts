import type { Store, UserRow } from '../store/store.ts';
import { AuthError } from './auth-errors.ts';
import { MFA_POLICY, mfaKey, type Throttle } from './auth-throttle.ts';
import { hashRecoveryCode, newRecoveryCodes, normalizeRecoveryCode } from './auth-recovery.ts';
import type { SecretBox } from './secret-box.ts';
import { TOTP_STEP_MS, newTotpSecret, otpauthUri, verifyTotp } from './totp.ts';

/** where the last accepted time step of a user is kept (lockedUntil = that step's start in ms) */
const stepKey = (userId: string): string => `totp-step:${userId}`;
const context = (userId: string): string => `totp:${userId}`;

export interface MfaStatus {
  enabled: boolean;
  /** a secret was made by setup but not confirmed with a code yet */
  pending: boolean;
  recoveryCodesLeft: number;
}

/**
 * TOTP two-factor sign-in and recovery codes of one account. Every code check is throttled per
 * user (wrong codes lock with backoff like passwords) and a TOTP code is accepted once. [U5]
 */
export class MfaService {
  /** per-user queue so two requests with the same code cannot both pass the replay check */
  private readonly busy = new Map<string, Promise<unknown>>();

  constructor(
    private readonly store: Store,
    private readonly now: () => number,
    private readonly throttle: Throttle,
    private readonly secrets: SecretBox | null,
  ) {}

  async status(userId: string): Promise<MfaStatus> {
    const m = await this.store.mfa.get(userId);
    const enabled = m.enabledAt !== null && m.secret !== null;
    return {
      enabled,
      pending: !enabled && m.secret !== null,
      recoveryCodesLeft: enabled ? await this.store.mfa.unusedRecoveryCodes(userId) : 0,
    };
  }

  async isEnabled(userId: string): Promise<boolean> {
    const m = await this.store.mfa.get(userId);
    return m.enabledAt !== null && m.secret !== null;
  }

  /** A new pending secret (replacing an unconfirmed one); 2FA is on only after `enable`. */
  async begin(user: UserRow): Promise<{ secret: string; otpauthUri: string }> {
    if (await this.isEnabled(user.id)) throw new AuthError('mfa_already_enabled');
    const secret = newTotpSecret();
    await this.store.mfa.set(user.id, this.box().seal(secret, context(user.id)), null);
    return { secret, otpauthUri: otpauthUri(secret, user.email) };
  }

  /** Confirms the pending secret with a code from the app; answers the recovery codes (shown once). */
  async enable(userId: string, code: string): Promise<string[]> {
    const m = await this.store.mfa.get(userId);
    if (m.enabledAt !== null) throw new AuthError('mfa_already_enabled');
    if (m.secret === null) throw new AuthError('mfa_not_pending');
    await this.check(userId, code, m.secret, false);
    const codes = await this.replaceRecoveryCodes(userId);
    await this.store.mfa.set(userId, m.secret, this.now());
    return codes;
  }

  /** Turns 2FA off (the caller has checked the password); needs a current code or a recovery code. */
  async disable(userId: string, code: string): Promise<void> {
    await this.verify(userId, code);
    await this.store.mfa.set(userId, null, null);
    await this.store.mfa.setRecoveryCodes(userId, []);
    await this.throttle.clear(stepKey(userId));
  }

  /** New recovery codes replace all old ones (used or not). */
  async regenerate(userId: string, code: string): Promise<string[]> {
    await this.verify(userId, code);
    return this.replaceRecoveryCodes(userId);
  }

  /** Checks a TOTP code or a recovery code (used up) of an account with 2FA on; throws AuthError. */
  async verify(userId: string, code: string): Promise<'totp' | 'recovery'> {
    const m = await this.store.mfa.get(userId);
    if (m.enabledAt === null || m.secret === null) throw new AuthError('mfa_not_enabled');
    return this.check(userId, code, m.secret, true);
  }

  private async check(userId: string, code: string, sealed: string, allowRecovery: boolean): Promise<'totp' | 'recovery'> {
    const locked = await this.throttle.retryAfter(mfaKey(userId));
    if (locked > 0) throw new AuthError('rate_limited', { retryAfter: locked });
    const via = await this.serial(userId, async () => {
      const recovery = allowRecovery ? normalizeRecoveryCode(code) : null;
      if (recovery)
        return (await this.store.mfa.useRecoveryCode(userId, hashRecoveryCode(userId, recovery), this.now())) ? 'recovery' : null;
      const last = await this.store.throttle.get(stepKey(userId));
      const lastStep = last ? Math.floor(last.lockedUntil / TOTP_STEP_MS) : null;
      const step = verifyTotp(this.box().open(sealed, context(userId)), code, this.now(), lastStep);
      if (step === null) return null;
      await this.store.throttle.set(stepKey(userId), 0, step * TOTP_STEP_MS, this.now());
      return 'totp';
    });
    if (via) {
      await this.throttle.clear(mfaKey(userId));
      return via;
    }
    const wait = await this.throttle.fail(mfaKey(userId), MFA_POLICY);
    throw wait > 0 ? new AuthError('rate_limited', { retryAfter: wait }) : new AuthError('mfa_code');
  }

  private async replaceRecoveryCodes(userId: string): Promise<string[]> {
    const codes = newRecoveryCodes();
    await this.store.mfa.setRecoveryCodes(
      userId,
      codes.map((c) => hashRecoveryCode(userId, normalizeRecoveryCode(c)!)),
    );
    return codes;
  }

  private box(): SecretBox {
    if (!this.secrets) throw new Error('two-factor sign-in needs SECRET_KEY or a writable DATA_DIR (SecretBox not configured)');
    return this.secrets;
  }

  private serial<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const prev = this.busy.get(key) ?? Promise.resolve();
    const run = prev.then(fn, fn);
    const tail = run.catch(() => undefined);
    this.busy.set(key, tail);
    void tail.then(() => {
      if (this.busy.get(key) === tail) this.busy.delete(key);
    });
    return run;
  }
}
