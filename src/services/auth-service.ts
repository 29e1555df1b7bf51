import type { Lang } from '../domain/types.ts';
import type { Store, UserRow } from '../store/store.ts';
import { hashPassword, hashToken, newId, newToken, verifyPassword } from './crypto-util.ts';

export const AUTH_SESSION_MS = 7 * 24 * 3600_000;
export const SETUP_TOKEN_MS = 24 * 3600_000;

/** A hash to compare against when the e-mail is unknown, so both paths take the same time. */
let dummyHash: Promise<string> | null = null;

export class AuthService {
  constructor(
    private readonly store: Store,
    private readonly now: () => number,
  ) {}

  /** Creates a one-time link token for creating a facilitator account (first start, create-admin). */
  async issueSetupToken(): Promise<string> {
    const token = newToken();
    await this.store.setupTokens.create(hashToken(token), this.now() + SETUP_TOKEN_MS);
    return token;
  }

  async needsSetup(): Promise<boolean> {
    return (await this.store.users.count()) === 0;
  }

  /** Uses the setup token once and creates the account; null if the token is not valid. */
  async setup(token: string, email: string, password: string, name: string, lang: Lang): Promise<UserRow | 'token' | 'email_taken'> {
    if (await this.store.users.byEmail(email)) return 'email_taken';
    if (!(await this.store.setupTokens.consume(hashToken(token), this.now()))) return 'token';
    const user: UserRow = { id: newId(), email, name, passwordHash: await hashPassword(password), lang, createdAt: this.now() };
    await this.store.users.create(user);
    return user;
  }

  async login(email: string, password: string): Promise<UserRow | null> {
    const user = await this.store.users.byEmail(email);
    if (!user) {
      dummyHash ??= hashPassword('not-a-real-password');
      await verifyPassword(password, await dummyHash);
      return null;
    }
    return (await verifyPassword(password, user.passwordHash)) ? user : null;
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
}
