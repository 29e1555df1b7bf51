import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Encrypts small secrets at rest (TOTP seeds) with AES-256-GCM, so a copied database or backup
 * alone does not let anyone generate sign-in codes. The key comes from SECRET_KEY (64 hex
 * characters) or, if that is not set, from a key file created with mode 0600 on first use
 * (DATA_DIR/secret.key). Losing the key makes stored secrets unreadable: back it up apart from
 * the database. Sealed form: `v1.<iv>.<tag>.<ciphertext>` in base64url.
 */
export interface SecretBoxOptions {
  /** 64 hex characters (32 bytes); wins over keyFile */
  key?: string;
  /** used when key is not given; created on first use */
  keyFile?: string;
}

const KEY_HEX = /^[0-9a-fA-F]{64}$/;

export class SecretBox {
  private key: Buffer | null = null;

  constructor(private readonly opts: SecretBoxOptions) {
    if (opts.key !== undefined && !KEY_HEX.test(opts.key)) throw new Error('SECRET_KEY must be 64 hexadecimal characters (32 bytes)');
    if (opts.key === undefined && !opts.keyFile) throw new Error('SecretBox needs a key or a key file');
  }

  /**
   * `context` (e.g. the user id) is bound as associated data: a sealed value copied to another
   * row does not open there.
   */
  seal(plain: string, context: string): string {
    const iv = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', this.loadKey(), iv);
    c.setAAD(Buffer.from(context));
    const ct = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
    return ['v1', iv, c.getAuthTag(), ct].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.');
  }

  /** The plain text; throws if the value was changed, sealed with another key or for another context. */
  open(sealed: string, context: string): string {
    const [v, iv, tag, ct] = sealed.split('.');
    if (v !== 'v1' || iv === undefined || tag === undefined || ct === undefined) throw new Error('not a sealed secret');
    const d = createDecipheriv('aes-256-gcm', this.loadKey(), Buffer.from(iv, 'base64url'));
    d.setAAD(Buffer.from(context));
    d.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([d.update(Buffer.from(ct, 'base64url')), d.final()]).toString('utf8');
  }

  private loadKey(): Buffer {
    if (this.key) return this.key;
    if (this.opts.key !== undefined) return (this.key = Buffer.from(this.opts.key, 'hex'));
    const file = this.opts.keyFile!;
    let hex: string;
    try {
      hex = readFileSync(file, 'utf8').trim();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      hex = createKeyFile(file);
    }
    if (!KEY_HEX.test(hex)) throw new Error(`${file} does not hold a 64-character hex key`);
    return (this.key = Buffer.from(hex, 'hex'));
  }
}

/**
 * Writes the key to a temporary file (mode 0600) and hard-links it into place: the link appears
 * complete or not at all, and fails if another process won the race; then its key is used.
 */
function createKeyFile(file: string): string {
  mkdirSync(dirname(file), { recursive: true });
  const hex = randomBytes(32).toString('hex');
  const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(tmp, `${hex}\n`, { mode: 0o600, flag: 'wx' });
  try {
    linkSync(tmp, file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    return readFileSync(file, 'utf8').trim();
  } finally {
    unlinkSync(tmp);
  }
  return hex;
}
