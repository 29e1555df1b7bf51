import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SecretBox } from './secret-box.ts';

const dirs: string[] = [];
const tmp = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'vp-box-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const KEY = 'a1'.repeat(32);

describe('SecretBox (AES-256-GCM) [U5]', () => {
  it('seals and opens; the sealed form holds no plain text and differs every time', () => {
    const box = new SecretBox({ key: KEY });
    const a = box.seal('GEZDGNBVGY3TQOJQ', 'totp:u1');
    const b = box.seal('GEZDGNBVGY3TQOJQ', 'totp:u1');
    expect(a).toMatch(/^v1\./);
    expect(a).not.toContain('GEZDGNBV');
    expect(a).not.toBe(b);
    expect(box.open(a, 'totp:u1')).toBe('GEZDGNBVGY3TQOJQ');
  });

  it('refuses a changed value, another context and another key', () => {
    const box = new SecretBox({ key: KEY });
    const sealed = box.seal('secret', 'totp:u1');
    const parts = sealed.split('.');
    const ct = Buffer.from(parts[3]!, 'base64url');
    ct[0]! ^= 1;
    expect(() => box.open([...parts.slice(0, 3), ct.toString('base64url')].join('.'), 'totp:u1')).toThrow();
    expect(() => box.open(sealed, 'totp:u2')).toThrow();
    expect(() => new SecretBox({ key: 'b2'.repeat(32) }).open(sealed, 'totp:u1')).toThrow();
    expect(() => box.open('plain', 'totp:u1')).toThrow(/not a sealed/);
  });

  it('SECRET_KEY must be 64 hex characters', () => {
    expect(() => new SecretBox({ key: 'abc' })).toThrow(/64 hexadecimal/);
    expect(() => new SecretBox({})).toThrow();
  });

  it('without a key, creates DATA_DIR/secret.key with mode 0600 on first use and reuses it', () => {
    const dir = tmp();
    const file = join(dir, 'sub', 'secret.key');
    const box = new SecretBox({ keyFile: file });
    expect(() => statSync(file)).toThrow(); // nothing until first use
    const sealed = box.seal('x', 'c');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').trim()).toMatch(/^[0-9a-f]{64}$/);
    // another process (a restart) reads the same key
    expect(new SecretBox({ keyFile: file }).open(sealed, 'c')).toBe('x');
    expect(readFileSync(file, 'utf8').trim()).toHaveLength(64);
  });

  it('an existing key file with bad content is an error, not silently replaced', () => {
    const file = join(tmp(), 'secret.key');
    writeFileSync(file, 'nope\n', { mode: 0o600 });
    expect(() => new SecretBox({ keyFile: file }).seal('x', 'c')).toThrow(/64-character hex key/);
    expect(readFileSync(file, 'utf8')).toBe('nope\n');
  });
});
