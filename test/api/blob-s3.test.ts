import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AwsClient } from 'aws4fetch';
import { openSpaceCreated } from '../../src/domain/test-helpers.ts';
import { newJoinCode } from '../../src/services/crypto-util.ts';
import { S3BlobStore, type S3Options } from '../../src/store/s3-blob-store.ts';
import { cid, createProcess, facilitator, join as joinSession, startServer } from '../support/test-server.ts';

/**
 * S3BlobStore against s3rver, a real S3-compatible server on a local port (ListObjectsV2, PUT,
 * GET, DELETE; it checks the access key but not the V4 signature, so the signature is checked
 * below against AWS's published example).
 */
let dir: string;
let server: S3rver;
let opts: S3Options;
const BUCKET = 'vuoropuhe-test';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vp-s3-'));
  server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: dir, configureBuckets: [{ name: BUCKET, configs: [] }] });
  const { port } = await server.run();
  opts = {
    endpoint: `http://127.0.0.1:${port}`,
    bucket: BUCKET,
    region: 'eu-north-1',
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    pathStyle: true,
  };
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const bytes = (s: string) => Buffer.from(s);

describe('S3BlobStore', () => {
  it('puts, gets, overwrites and deletes a blob with its content type; deleting twice is fine', async () => {
    const s = new S3BlobStore(opts);
    const key = 'sessions/s1/images/img00001';
    expect(await s.get(key)).toBeNull();
    await s.put(key, bytes('jpeg bytes'), 'image/jpeg');
    expect(await s.get(key)).toEqual({ data: bytes('jpeg bytes'), contentType: 'image/jpeg' });
    await s.put(key, bytes('png bytes'), 'image/png');
    expect(await s.get(key)).toEqual({ data: bytes('png bytes'), contentType: 'image/png' });
    await s.delete(key);
    expect(await s.get(key)).toBeNull();
    await s.delete(key);
  });

  it('keeps a real image byte for byte', async () => {
    const s = new S3BlobStore(opts);
    const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#2a6' } })
      .png()
      .toBuffer();
    await s.put('sessions/s2/images/photo', png, 'image/png');
    expect((await s.get('sessions/s2/images/photo'))!.data.equals(png)).toBe(true);
  });

  it('deletePrefix removes exactly the blobs under the prefix, over several list pages', async () => {
    const s = new S3BlobStore({ ...opts, listPageSize: 25 });
    const many = Array.from({ length: 60 }, (_, i) => `sessions/big/images/i${i}`);
    await Promise.all(many.map((k) => s.put(k, bytes('x'), 'image/webp')));
    await s.put('sessions/bigger/images/keep', bytes('keep'), 'image/webp');
    await s.put('sessions/other/images/keep', bytes('keep'), 'image/webp');
    expect(await s.deletePrefix('sessions/big/')).toBe(60);
    expect(await s.get('sessions/big/images/i0')).toBeNull();
    expect(await s.get('sessions/bigger/images/keep')).not.toBeNull();
    expect(await s.get('sessions/other/images/keep')).not.toBeNull();
    expect(await s.deletePrefix('sessions/big/')).toBe(0);
  });

  it('refuses bad keys, prefixes and content types before any request', async () => {
    const s = new S3BlobStore(opts);
    await expect(s.put('../etc/passwd', bytes('x'), 'image/png')).rejects.toThrow(/invalid blob key/);
    await expect(s.get('a/../b')).rejects.toThrow(/invalid blob key/);
    await expect(s.deletePrefix('')).rejects.toThrow(/invalid blob prefix/);
    await expect(s.put('a', bytes('x'), 'text/html\r\nx: y')).rejects.toThrow(/invalid content type/);
  });

  it('an unknown access key or bucket is an error naming the S3 code, never the secret', async () => {
    const wrongKey = new S3BlobStore({ ...opts, accessKeyId: 'NOPE', secretAccessKey: 'very-secret-value' });
    const e = await wrongKey.put('a', bytes('x'), 'image/png').catch((x: Error) => x);
    expect(String(e)).toMatch(/S3 PUT a failed: 403 InvalidAccessKeyId/);
    expect(String(e)).not.toContain('very-secret-value');
    const noBucket = new S3BlobStore({ ...opts, bucket: 'no-such-bucket' });
    await expect(noBucket.put('a', bytes('x'), 'image/png')).rejects.toThrow(/404 NoSuchBucket/);
  });
});

describe('AWS Signature V4 of the client', () => {
  it('matches the GET Object example of the S3 documentation', async () => {
    const c = new AwsClient({
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      service: 's3',
      region: 'us-east-1',
    });
    const signed = await c.sign('https://examplebucket.s3.amazonaws.com/test.txt', {
      method: 'GET',
      headers: { range: 'bytes=0-9', 'x-amz-content-sha256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' },
      aws: { datetime: '20130524T000000Z', allHeaders: true },
    });
    expect(signed.headers.get('authorization')).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, ' +
        'SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, ' +
        'Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
  });
});

describe('the server with S3_BUCKET set', () => {
  it('stores an uploaded photo in the bucket, serves it back, and erasing the process empties its folder', async () => {
    const env = {
      S3_BUCKET: BUCKET,
      S3_ENDPOINT: opts.endpoint,
      S3_ACCESS_KEY_ID: opts.accessKeyId,
      S3_SECRET_ACCESS_KEY: opts.secretAccessKey,
    };
    const s = await startServer({ env });
    try {
      expect(s.app.deps.blobs).toBeInstanceOf(S3BlobStore);
      const cookie = await facilitator(s, 's3@example.fi', { roles: ['facilitator', 'org_admin'] });
      const proc = await createProcess(s, cookie);
      // an Open Space session in the groups phase, made through the store (as in images.test.ts)
      const sessionId = cid('os');
      const joinCode = newJoinCode();
      const created = openSpaceCreated(2, sessionId);
      if (created.type !== 'session.created') throw new Error('unexpected first event');
      await s.app.deps.store.sessions.create(
        { id: sessionId, processId: proc.id, kind: 'learning_cafe', joinCode, closedAt: null, createdAt: Date.now() },
        { ...created, processId: proc.id },
      );
      const a = await joinSession(s, joinCode);
      const userId = (await s.app.deps.store.users.byEmail('s3@example.fi'))!.id;
      for (let i = 0; i < 3; i++)
        await s.app.deps.engine.execute(sessionId, { role: 'facilitator', userId }, cid(), { type: 'phase.next' });
      await s.app.deps.engine.execute(sessionId, { role: 'participant', participantId: a.participantId }, cid(), {
        type: 'os.choose',
        offerId: 'o1',
      });
      const photo = await sharp({ create: { width: 90, height: 60, channels: 3, background: '#d04010' } })
        .jpeg()
        .toBuffer();
      const q = new URLSearchParams({ groupId: 'o1_1', kind: 'photo', alt: 'Fläppi', imageId: 'img-s3-1' });
      const up = await fetch(`${s.base}/api/sessions/${sessionId}/images?${q}`, {
        method: 'POST',
        headers: { origin: s.origin, 'content-type': 'image/jpeg', authorization: `Bearer ${a.token}` },
        body: new Uint8Array(photo),
      });
      expect(up.status).toBe(201);
      const stored = await new S3BlobStore(opts).get(`sessions/${sessionId}/images/img-s3-1`);
      expect(stored?.contentType).toMatch(/^image\//);
      const back = await fetch(`${s.base}/api/sessions/${sessionId}/images/img-s3-1`, { headers: { authorization: `Bearer ${a.token}` } });
      expect(back.status).toBe(200);
      expect(Buffer.from(await back.arrayBuffer()).equals(stored!.data)).toBe(true);
      const erase = await fetch(`${s.base}/api/processes/${proc.id}/erase`, { method: 'POST', headers: { cookie, origin: s.origin } });
      expect(erase.status).toBe(204);
      expect(await new S3BlobStore(opts).get(`sessions/${sessionId}/images/img-s3-1`)).toBeNull();
    } finally {
      await s.stop();
    }
  });
});
