import type { Logger } from 'pino';
import type { Lang } from '../domain/types.ts';
import type { OrgRole, Store, UserRow } from '../store/store.ts';
import { AuthError } from './auth-errors.ts';
import { resetMail } from './auth-mail.ts';
import { MfaService, type MfaStatus } from './auth-mfa.ts';
import { EMAIL_POLICY, IP_POLICY, Throttle, emailKey, ipKey } from './auth-throttle.ts';
import { hashPassword, hashToken, newId, newToken, verifyPassword } from './crypto-util.ts';
import type { Mailer } from './mail.ts';
import { STAFF_ROLES } from './org-service.ts';
import type { SecretBox } from './secret-box.ts';

export const AUTH_SESSION_MS = 7 * 24 * 3600_000;
export const SETUP_TOKEN_MS = 24 * 3600_000;
/** between a right password and the second step */
export const MFA_TICKET_MS = 5 * 60_000;
export const RESET_TOKEN_MS = 3600_000;
/** reset mails per address and hour (more requests still answer the same, but send nothing) */
const RESET_MAILS_PER_HOUR = 3;

export interface AuthServiceOptions {
  /** encrypts TOTP secrets; without it two-factor setup and codes fail (500) */
  secrets?: SecretBox | null;
  /** without it reset links are not sent (a warning is logged) */
  mailer?: Mailer;
  log?: Logger;
}

export type LoginResult = { user: UserRow; ticket?: undefined } | { ticket: string; user?: undefined };

/** A hash to compare against when the e-mail is unknown, so both paths take the same time. */
let dummyHash: Promise<string> | null = null;

/**
 * Accounts and sign-in: setup links, passwords (scrypt), two-step sign-in with TOTP, session
 * cookies, password change and reset, throttling. [SPEC U1–U4, U5–U9 in docs/AUTH.md]
 */
export class AuthService {
  readonly mfa: MfaService;
  readonly throttle: Throttle;
  private readonly mailer: Mailer | null;
  private readonly log: Logger | null;

  constructor(
    private readonly store: Store,
    private readonly now: () => number,
    opts: AuthServiceOptions = {},
  ) {
    this.throttle = new Throttle(store.throttle, now);
    this.mfa = new MfaService(store, now, this.throttle, opts.secrets ?? null);
    this.mailer = opts.mailer ?? null;
    this.log = opts.log ?? null;
  }

  /** A one-time link token for creating an account (first start, create-admin, or an invitation). */
  async issueSetupToken(invite?: { orgId: string; role: OrgRole }): Promise<string> {
    const token = newToken();
    await this.store.setupTokens.create(hashToken(token), this.now() + SETUP_TOKEN_MS, invite);
    return token;
  }

  async needsSetup(): Promise<boolean> {
    return (await this.store.users.count()) === 0;
  }

  /** Uses the setup token once and creates the account; with its invitation, if the link was one. */
  async setup(
    token: string,
    email: string,
    password: string,
    name: string,
    lang: Lang,
  ): Promise<{ user: UserRow; invite: { orgId?: string; role?: OrgRole } } | 'token' | 'email_taken'> {
    if (await this.store.users.byEmail(email)) return 'email_taken';
    const invite = await this.store.setupTokens.consume(hashToken(token), this.now());
    if (!invite) return 'token';
    const user: UserRow = {
      id: newId(),
      email,
      name,
      passwordHash: await hashPassword(password),
      lang,
      createdAt: this.now(),
      isAdmin: false,
    };
    await this.store.users.create(user);
    return { user, invite };
  }

  /**
   * First step of signing in. Throws `login_failed` (wrong e-mail or password, same answer) or
   * `rate_limited` (the e-mail or the address is locked; said the same for unknown e-mails).
   * With 2FA on, a right password gives a ticket for the second step instead of the user.
   */
  async login(email: string, password: string, ip: string): Promise<LoginResult> {
    const keys = [emailKey(email), ipKey(ip)] as const;
    const locked = await this.throttle.retryAfter(...keys);
    if (locked > 0) throw new AuthError('rate_limited', { retryAfter: locked });
    const user = await this.checkPassword(email, password);
    if (!user) {
      const wait = Math.max(await this.throttle.fail(keys[0], EMAIL_POLICY), await this.throttle.fail(keys[1], IP_POLICY));
      // failures against a real account go to its audit trail; unknown addresses are not kept
      const known = await this.store.users.byEmail(email.trim().toLowerCase());
      if (known) await this.audit(known.id, wait > 0 ? 'signin.locked' : 'signin.failed', ip);
      throw wait > 0 ? new AuthError('rate_limited', { retryAfter: wait }) : new AuthError('login_failed');
    }
    await this.throttle.clear(keys[0]);
    if (await this.mfa.isEnabled(user.id)) return { ticket: await this.newTicket(user.id) };
    await this.audit(user.id, 'signin', ip, { twoFactor: false });
    return { user };
  }

  /**
   * Second step: the ticket (used once) and a TOTP or recovery code. A wrong code answers
   * `mfa_code` with a fresh ticket, so a typo does not mean typing the password again; wrong
   * codes are throttled per account like passwords.
   */
  async completeLogin(ticket: string, code: string, ip: string): Promise<UserRow> {
    const locked = await this.throttle.retryAfter(ipKey(ip));
    if (locked > 0) throw new AuthError('rate_limited', { retryAfter: locked });
    const userId = await this.store.userTokens.consume(hashToken(ticket), 'mfa', this.now());
    const user = userId ? await this.store.users.byId(userId) : null;
    if (!user) throw new AuthError('mfa_ticket');
    try {
      await this.mfa.verify(user.id, code);
    } catch (e) {
      if (!(e instanceof AuthError) || e.code !== 'mfa_code') throw e;
      await this.throttle.fail(ipKey(ip), IP_POLICY);
      await this.audit(user.id, 'signin.2fa_failed', ip);
      throw new AuthError('mfa_code', { ticket: await this.newTicket(user.id) });
    }
    await this.audit(user.id, 'signin', ip, { twoFactor: true });
    return user;
  }

  /**
   * Appends an account event (sign-in, 2FA and password changes, sign-out everywhere) to the
   * audit log under `user:<id>`; organisation admins see their members' entries. [D5]
   */
  async audit(userId: string, action: string, ip: string | null, detail: Record<string, unknown> = {}): Promise<void> {
    await this.store.audit.append({ at: this.now(), userId, action, target: `user:${userId}`, detail, ip });
  }

  /** A new cookie token (rotated on every login); only its hash is stored. */
  async startSession(userId: string): Promise<string> {
    const token = newToken();
    await this.store.authSessions.create(hashToken(token), userId, this.now() + AUTH_SESSION_MS);
    return token;
  }

  async userForToken(token: string | undefined): Promise<UserRow | null> {
    if (!token || token.length > 128) return null;
    const userId = await this.store.authSessions.find(hashToken(token), this.now());
    return userId ? this.store.users.byId(userId) : null;
  }

  async endSession(token: string | undefined): Promise<void> {
    if (token) await this.store.authSessions.delete(hashToken(token));
  }

  /** Ends every session of the user, this one included. [U9] */
  async logoutEverywhere(userId: string): Promise<void> {
    await this.store.authSessions.deleteAllFor(userId);
  }

  /**
   * Needs the current password (wrong ones count like wrong sign-ins). Ends every session and
   * answers a new one for this browser, so a stolen cookie stops working. [U8]
   */
  async changePassword(user: UserRow, current: string, next: string): Promise<string> {
    await this.requirePassword(user, current);
    await this.store.users.setPassword(user.id, await hashPassword(next));
    await this.store.authSessions.deleteAllFor(user.id);
    await this.store.userTokens.useAllFor(user.id, 'reset');
    return this.startSession(user.id);
  }

  /** For turning 2FA off: the password again, throttled like a sign-in. */
  async requirePassword(user: UserRow, password: string): Promise<void> {
    const key = emailKey(user.email);
    const locked = await this.throttle.retryAfter(key);
    if (locked > 0) throw new AuthError('rate_limited', { retryAfter: locked });
    if (await verifyPassword(password, user.passwordHash)) return this.throttle.clear(key);
    const wait = await this.throttle.fail(key, EMAIL_POLICY);
    throw wait > 0 ? new AuthError('rate_limited', { retryAfter: wait }) : new AuthError('password_wrong');
  }

  /**
   * Mails a one-time reset link (1 h) if the e-mail has an account. The caller answers the same
   * at once either way and does not wait for this, so neither the answer nor its timing tells
   * whether the account exists. [U8]
   */
  async requestReset(email: string, link: (token: string, lang: Lang) => string): Promise<void> {
    const user = await this.store.users.byEmail(email.trim().toLowerCase());
    if (!user) return;
    const key = `reset-mail:${user.id}`;
    const now = this.now();
    const prev = await this.store.throttle.get(key);
    const recent = prev && now - prev.updatedAt < 3600_000 ? prev.failures : 0;
    if (recent >= RESET_MAILS_PER_HOUR) return this.log?.warn({ userId: user.id }, 'password reset mail limit reached');
    await this.store.throttle.set(key, recent + 1, 0, now);
    const token = newToken();
    await this.store.userTokens.create(hashToken(token), user.id, 'reset', now + RESET_TOKEN_MS);
    if (!this.mailer) return this.log?.warn({ userId: user.id }, 'password reset asked but no mailer is configured');
    await this.mailer.send(resetMail(user.lang, user.email, user.name, link(token, user.lang)));
  }

  /** Uses the reset token once, sets the password and ends every session of the account. */
  async confirmReset(token: string, password: string, ip: string | null = null): Promise<void> {
    const userId = await this.store.userTokens.consume(hashToken(token), 'reset', this.now());
    const user = userId ? await this.store.users.byId(userId) : null;
    if (!user) throw new AuthError('reset_token');
    await this.store.users.setPassword(user.id, await hashPassword(password));
    await this.store.authSessions.deleteAllFor(user.id);
    // other reset links mailed earlier stop working too
    await this.store.userTokens.useAllFor(user.id, 'reset');
    await this.audit(user.id, 'password.reset', ip);
    // the owner proved the mailbox: lockouts others caused on this address end
    await this.throttle.clear(emailKey(user.email));
  }

  /** 2FA state of the account and whether an organisation requires it. [U5, U6] */
  async twoFactor(userId: string): Promise<MfaStatus & { required: boolean }> {
    return { ...(await this.mfa.status(userId)), required: await this.orgRequires2fa(userId) };
  }

  /** True when an organisation requires 2FA of a role the user has there, and 2FA is off. [U6] */
  async mfaSetupRequired(userId: string): Promise<boolean> {
    return !(await this.mfa.isEnabled(userId)) && (await this.orgRequires2fa(userId));
  }

  private async orgRequires2fa(userId: string): Promise<boolean> {
    const staffOrgs = new Set((await this.store.orgs.rolesOf(userId)).filter((r) => STAFF_ROLES.includes(r.role)).map((r) => r.orgId));
    for (const id of staffOrgs) if ((await this.store.orgs.byId(id))?.require2fa) return true;
    return false;
  }

  private async newTicket(userId: string): Promise<string> {
    const ticket = newToken();
    await this.store.userTokens.create(hashToken(ticket), userId, 'mfa', this.now() + MFA_TICKET_MS);
    return ticket;
  }

  private async checkPassword(email: string, password: string): Promise<UserRow | null> {
    const user = await this.store.users.byEmail(email);
    if (!user) {
      dummyHash ??= hashPassword('not-a-real-password');
      await verifyPassword(password, await dummyHash);
      return null;
    }
    return (await verifyPassword(password, user.passwordHash)) ? user : null;
  }
}
