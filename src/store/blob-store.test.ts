import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DiskBlobStore } from './blob-store.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vp-blob-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const bytes = (s: string) => Buffer.from(s);

describe('DiskBlobStore', () => {
  it('puts, gets, overwrites and deletes a blob with its content type', async () => {
    const s = new DiskBlobStore(dir);
    expect(await s.get('sessions/s1/images/img00001')).toBeNull();
    await s.put('sessions/s1/images/img00001', bytes('jpeg bytes'), 'image/jpeg');
    expect(await s.get('sessions/s1/images/img00001')).toEqual({ data: bytes('jpeg bytes'), contentType: 'image/jpeg' });
    await s.put('sessions/s1/images/img00001', bytes('png bytes'), 'image/png');
    expect(await s.get('sessions/s1/images/img00001')).toEqual({ data: bytes('png bytes'), contentType: 'image/png' });
    await s.delete('sessions/s1/images/img00001');
    expect(await s.get('sessions/s1/images/img00001')).toBeNull();
    await s.delete('sessions/s1/images/img00001'); // deleting twice is fine
  });

  it('keeps binary data byte for byte, including empty blobs', async () => {
    const s = new DiskBlobStore(dir);
    const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    await s.put('a', all, 'application/octet-stream');
    await s.put('b', Buffer.alloc(0), 'image/png');
    expect((await s.get('a'))?.data.equals(all)).toBe(true);
    expect((await s.get('b'))?.data.length).toBe(0);
  });

  it('survives a restart: a new instance on the same directory sees the blobs', async () => {
    await new DiskBlobStore(dir).put('sessions/s1/images/img00001', bytes('kept'), 'image/jpeg');
    expect(await new DiskBlobStore(dir).get('sessions/s1/images/img00001')).toEqual({ data: bytes('kept'), contentType: 'image/jpeg' });
  });

  it('leaves no temp files behind after writes', async () => {
    const s = new DiskBlobStore(dir);
    await Promise.all(Array.from({ length: 20 }, (_, i) => s.put('k/same', bytes(`v${i}`), 'image/jpeg')));
    expect(readdirSync(join(dir, 'k'))).toEqual(['same.blob']);
    expect((await s.get('k/same'))?.data.toString()).toMatch(/^v\d+$/);
  });

  it('deletePrefix removes one session folder and counts blobs, leaving the others', async () => {
    const s = new DiskBlobStore(dir);
    for (const k of [
      'sessions/s1/images/a',
      'sessions/s1/images/b',
      'sessions/s1/other',
      'sessions/s10/images/a',
      'sessions/s2/images/a',
    ]) {
      await s.put(k, bytes(k), 'image/jpeg');
    }
    expect(await s.deletePrefix('sessions/s1/')).toBe(3);
    expect(existsSync(join(dir, 'sessions', 's1'))).toBe(false);
    expect(await s.get('sessions/s1/images/a')).toBeNull();
    expect(await s.get('sessions/s10/images/a')).not.toBeNull(); // "s1/" is not a prefix of "s10/"
    expect(await s.get('sessions/s2/images/a')).not.toBeNull();
    expect(await s.deletePrefix('sessions/s1/')).toBe(0);
    // without a trailing slash it is a plain string prefix
    expect(await s.deletePrefix('sessions/s')).toBe(2);
    expect(await s.get('sessions/s2/images/a')).toBeNull();
  });

  it('refuses keys that could leave the directory, and malformed keys', async () => {
    const s = new DiskBlobStore(join(dir, 'store'));
    writeFileSync(join(dir, 'secret.blob'), 'VPB1\x0atext/plainsecret');
    for (const key of [
      '../secret',
      'a/../../secret',
      '/etc/passwd',
      'a//b',
      'a/',
      '',
      '.',
      '..',
      'a/./b',
      'a\\b',
      'a b',
      'ä',
      'a\0b',
      'x'.repeat(513),
    ]) {
      await expect(s.get(key), key).rejects.toThrow(/invalid blob key/);
      await expect(s.put(key, bytes('x'), 'image/jpeg'), key).rejects.toThrow(/invalid blob key/);
      await expect(s.delete(key), key).rejects.toThrow(/invalid blob key/);
    }
    for (const prefix of ['', '../', '..', '/', 'a/../', 'a//']) {
      await expect(s.deletePrefix(prefix), prefix).rejects.toThrow(/invalid blob prefix/);
    }
    expect(readFileSync(join(dir, 'secret.blob'), 'latin1')).toContain('secret');
  });

  it('refuses a content type that is not type/subtype', async () => {
    const s = new DiskBlobStore(dir);
    await expect(s.put('k', bytes('x'), 'image/jpeg\r\nx-evil: 1')).rejects.toThrow(/content type/);
    await expect(s.put('k', bytes('x'), '')).rejects.toThrow(/content type/);
  });
});
