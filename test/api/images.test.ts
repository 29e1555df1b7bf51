import sharp from 'sharp';
import { crc32, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, Lang } from '../../src/domain/types.ts';
import { openSpaceCreated } from '../../src/domain/test-helpers.ts';
import { translate, type MessageKey } from '../../src/i18n/messages.ts';
import { newJoinCode } from '../../src/services/crypto-util.ts';
import { cid, createProcess, facilitator, join, startServer, type TestServer } from '../support/test-server.ts';

/*
 * Uploads of flipchart photos and drawings over HTTP: content checks, metadata stripping,
 * who may upload and see, idempotent retries. [SPEC O7]
 */

let s: TestServer;
let cookie: string;
let facilitatorActor: Actor;

interface OpenSpaceFixture {
  sessionId: string;
  /** a participant in group o1_1 */
  token: string;
  participantId: string;
  /** a participant who chose no group */
  outsider: string;
}

/**
 * An Open Space session in the "groups" phase. Made through the store because process creation
 * does not make session 2 yet; the participants still join over HTTP.
 */
async function openSpace(): Promise<OpenSpaceFixture> {
  const proc = await createProcess(s, cookie);
  const sessionId = cid('os');
  const joinCode = newJoinCode();
  const created = openSpaceCreated(2, sessionId);
  if (created.type !== 'session.created') throw new Error('unexpected first event');
  await s.app.deps.store.sessions.create(
    { id: sessionId, processId: proc.id, kind: 'learning_cafe', joinCode, closedAt: null, createdAt: Date.now() },
    { ...created, processId: proc.id },
  );
  const a = await join(s, joinCode, 'Aino');
  const b = await join(s, joinCode, 'Bertta');
  const engine = s.app.deps.engine;
  for (let i = 0; i < 3; i++) await engine.execute(sessionId, facilitatorActor, cid(), { type: 'phase.next' });
  await engine.execute(sessionId, { role: 'participant', participantId: a.participantId }, cid(), { type: 'os.choose', offerId: 'o1' });
  const state = (await engine.load(sessionId))!.state;
  expect(state.phase).toBe('groups');
  expect(state.os!.members[a.participantId]).toBe('o1_1');
  return { sessionId, token: a.token, participantId: a.participantId, outsider: b.token };
}

interface UploadOpts {
  token?: string;
  cookie?: string;
  contentType?: string;
  lang?: Lang;
  query?: Record<string, string>;
}

interface Answer {
  status: number;
  body: Record<string, unknown>;
  headers: Headers;
}

async function upload(sessionId: string, imageId: string, data: Buffer, o: UploadOpts = {}): Promise<Answer> {
  const q = new URLSearchParams({ groupId: 'o1_1', kind: 'photo', alt: 'Fläppi', imageId, ...o.query });
  const headers: Record<string, string> = { origin: s.origin, 'content-type': o.contentType ?? 'image/jpeg', 'x-vp-lang': o.lang ?? 'fi' };
  if (o.token) headers.authorization = `Bearer ${o.token}`;
  if (o.cookie) headers.cookie = o.cookie;
  const res = await fetch(`${s.base}/api/sessions/${sessionId}/images?${q}`, { method: 'POST', headers, body: new Uint8Array(data) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown>, headers: res.headers };
}

async function fetchImage(sessionId: string, imageId: string, o: { token?: string; cookie?: string } = {}): Promise<Response> {
  const headers: Record<string, string> = {};
  if (o.token) headers.authorization = `Bearer ${o.token}`;
  if (o.cookie) headers.cookie = o.cookie;
  return fetch(`${s.base}/api/sessions/${sessionId}/images/${imageId}`, { headers });
}

/** The error body must name the code and carry the message in the asked language. */
function expectError(r: Answer, status: number, code: string, lang: Lang = 'fi'): void {
  expect({ status: r.status, error: r.body.error }).toEqual({ status, error: code });
  const message = translate(lang, `error.${code}` as MessageKey);
  expect(typeof message === 'string' && message.length > 0, `message for error.${code} in ${lang}`).toBe(true);
  expect(r.body.message).toBe(message);
}

/** A phone photo: EXIF with GPS and camera details, plus XMP with GPS in text. */
function phonePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 120, height: 80, channels: 3, background: '#d04010' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'Testikamera', Copyright: 'Matti Meikalainen' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '60/1 10/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '24/1 56/1 0/1' },
    })
    .withXmp(
      '<x:xmpmeta xmlns:x="adobe:ns:meta/"><exif:GPSLatitude xmlns:exif="http://ns.adobe.com/exif/1.0/">60,10N</exif:GPSLatitude></x:xmpmeta>',
    )
    .toBuffer();
}

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** 60 bytes claiming 100000×100000 pixels (30 GB decoded). */
function pngBomb(): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(100_000, 0);
  ihdr.writeUInt32BE(100_000, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(Buffer.alloc(64))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

let os1: OpenSpaceFixture;
beforeAll(async () => {
  s = await startServer();
  cookie = await facilitator(s);
  const user = await s.app.deps.auth.userForToken(cookie.slice(cookie.indexOf('=') + 1));
  facilitatorActor = { role: 'facilitator', userId: user!.id };
  os1 = await openSpace();
});
afterAll(() => s.stop());

describe('uploading a flipchart photo', () => {
  it('stores a re-encoded image without EXIF/GPS/XMP, which the group and the facilitator can fetch', async () => {
    const photo = await phonePhoto();
    expect(photo.includes('GPS')).toBe(true);
    const imageId = cid('img');
    const r = await upload(os1.sessionId, imageId, photo, { token: os1.token });
    expect(r.status).toBe(201);
    expect(r.body).toEqual({ imageId, width: 120, height: 80, contentType: 'image/jpeg' });

    const res = await fetchImage(os1.sessionId, imageId, { token: os1.token });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(res.headers.get('cache-control')).toBe('private, max-age=3600');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-disposition')).toBe('inline');
    const stored = Buffer.from(await res.arrayBuffer());
    const meta = await sharp(stored).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 120, height: 80 });
    expect([meta.exif, meta.xmp, meta.icc]).toEqual([undefined, undefined, undefined]);
    for (const text of ['GPS', 'Exif', 'Testikamera', 'Meikalainen']) expect(stored.includes(text), text).toBe(false);

    expect((await fetchImage(os1.sessionId, imageId, { cookie })).status).toBe(200);
    const image = (await s.app.deps.engine.load(os1.sessionId))!.state.os!.images.find((i) => i.id === imageId);
    expect(image).toMatchObject({ groupId: 'o1_1', kind: 'photo', alt: 'Fläppi', contentType: 'image/jpeg', width: 120, height: 80 });
  });

  it('a retry with the same image id answers 200 with the same result and attaches once', async () => {
    const photo = await phonePhoto();
    const imageId = cid('img');
    const first = await upload(os1.sessionId, imageId, photo, { token: os1.token });
    expect(first.status).toBe(201);
    const [again, concurrent] = await Promise.all([
      upload(os1.sessionId, imageId, photo, { token: os1.token }),
      upload(os1.sessionId, imageId, photo, { token: os1.token }),
    ]);
    expect([again.status, concurrent.status]).toEqual([200, 200]);
    expect(again.body).toEqual(first.body);
    expect(concurrent.body).toEqual(first.body);
    const images = (await s.app.deps.engine.load(os1.sessionId))!.state.os!.images.filter((i) => i.id === imageId);
    expect(images).toHaveLength(1);
  });

  it('two simultaneous first uploads with one id attach one image and both answer with it', async () => {
    const imageId = cid('img');
    const photo = await phonePhoto();
    const rs = await Promise.all([
      upload(os1.sessionId, imageId, photo, { token: os1.token }),
      upload(os1.sessionId, imageId, photo, { token: os1.token }),
    ]);
    expect(rs.map((r) => r.status).sort()).toEqual([200, 201]);
    expect(rs[0]!.body).toEqual(rs[1]!.body);
  });

  it('PNG with transparency (a drawing) stays PNG; WebP is stored as JPEG', async () => {
    const drawing = await sharp({ create: { width: 60, height: 40, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
      .png()
      .toBuffer();
    const d = await upload(os1.sessionId, cid('img'), drawing, {
      token: os1.token,
      contentType: 'image/png',
      query: { kind: 'drawing', alt: '' },
    });
    expect(d.body).toMatchObject({ contentType: 'image/png', width: 60, height: 40 });
    const webp = await sharp({ create: { width: 30, height: 20, channels: 3, background: '#0f0' } })
      .webp()
      .toBuffer();
    // the declared content type does not matter, the bytes do
    const w = await upload(os1.sessionId, cid('img'), webp, { cookie, contentType: 'application/octet-stream' });
    expect(w.status).toBe(201);
    expect(w.body).toMatchObject({ contentType: 'image/jpeg', width: 30, height: 20 });
  });
});

describe('refused uploads answer with a clear, translated error', () => {
  it('a PHP file renamed .jpg', async () => {
    const r = await upload(os1.sessionId, cid('img'), Buffer.from("<?php system($_GET['c']); ?>"), { token: os1.token });
    expectError(r, 415, 'image_type');
  });

  it('an SVG, in Swedish and English too', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="9" height="9"/></svg>');
    expectError(await upload(os1.sessionId, cid('img'), svg, { token: os1.token, contentType: 'image/svg+xml' }), 415, 'image_type');
    expectError(await upload(os1.sessionId, cid('img'), svg, { token: os1.token, lang: 'sv' }), 415, 'image_type', 'sv');
    expectError(await upload(os1.sessionId, cid('img'), svg, { token: os1.token, lang: 'en' }), 415, 'image_type', 'en');
  });

  it('a PNG header declaring 100000×100000 pixels, refused quickly', async () => {
    const t = performance.now();
    expectError(
      await upload(os1.sessionId, cid('img'), pngBomb(), { token: os1.token, contentType: 'image/png' }),
      422,
      'image_dimensions',
    );
    expect(performance.now() - t).toBeLessThan(2000);
  });

  it('11 MB with a valid JPEG start (over the body limit: 413, not a crash)', async () => {
    const big = Buffer.alloc(11 * 1024 * 1024);
    (await phonePhoto()).copy(big);
    expectError(await upload(os1.sessionId, cid('img'), big, { token: os1.token }), 413, 'image_too_large');
    // the server is fine afterwards
    expect((await upload(os1.sessionId, cid('img'), await phonePhoto(), { token: os1.token })).status).toBe(201);
  });

  it('a body that is not raw bytes (JSON) is refused as not an image', async () => {
    expectError(
      await upload(os1.sessionId, cid('img'), Buffer.from('{"a":1}'), { token: os1.token, contentType: 'application/json' }),
      415,
      'image_type',
    );
  });

  it('a bad query names the field', async () => {
    const r = await upload(os1.sessionId, cid('img'), await phonePhoto(), { token: os1.token, query: { kind: 'video' } });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ error: 'validation', field: 'kind' });
    const bad = await upload(os1.sessionId, 'short', await phonePhoto(), { token: os1.token });
    expect(bad.body).toMatchObject({ error: 'validation', field: 'imageId' });
  });

  it('refused images leave nothing attached or fetchable', async () => {
    const imageId = cid('img');
    await upload(os1.sessionId, imageId, pngBomb(), { token: os1.token, contentType: 'image/png' });
    expect((await fetchImage(os1.sessionId, imageId, { token: os1.token })).status).toBe(404);
  });
});

describe('who may upload and see', () => {
  it('no credentials: 401 for upload and fetch; a made-up token: 401', async () => {
    expectError(await upload(os1.sessionId, cid('img'), await phonePhoto()), 401, 'unauthenticated');
    expect((await fetchImage(os1.sessionId, cid('img'))).status).toBe(401);
    expectError(await upload(os1.sessionId, cid('img'), await phonePhoto(), { token: 'x'.repeat(32) }), 401, 'unauthenticated');
  });

  it('a participant of another session gets 404 for upload and fetch; so does another facilitator', async () => {
    const imageId = cid('img');
    expect((await upload(os1.sessionId, imageId, await phonePhoto(), { token: os1.token })).status).toBe(201);
    const os2 = await openSpace();
    expectError(await upload(os1.sessionId, cid('img'), await phonePhoto(), { token: os2.token }), 404, 'not_found');
    expect((await fetchImage(os1.sessionId, imageId, { token: os2.token })).status).toBe(404);
    // not even by asking for the image under the other session's id
    expect((await fetchImage(os2.sessionId, imageId, { token: os2.token })).status).toBe(404);
    const other = await facilitator(s, `toinen-${cid()}@example.fi`);
    expect((await fetchImage(os1.sessionId, imageId, { cookie: other })).status).toBe(404);
    expectError(await upload(os1.sessionId, cid('img'), await phonePhoto(), { cookie: other }), 404, 'not_found');
  });

  it('a participant outside the group is refused by the domain before the upload is processed', async () => {
    const imageId = cid('img');
    expectError(await upload(os1.sessionId, imageId, await phonePhoto(), { token: os1.outsider }), 403, 'not_in_group');
    expect((await fetchImage(os1.sessionId, imageId, { cookie })).status).toBe(404);
  });

  it('a removed image is no longer served, and its id cannot be reused', async () => {
    const imageId = cid('img');
    expect((await upload(os1.sessionId, imageId, await phonePhoto(), { token: os1.token })).status).toBe(201);
    await s.app.deps.engine.execute(os1.sessionId, { role: 'participant', participantId: os1.participantId }, cid(), {
      type: 'flip.removeImage',
      imageId,
    });
    expect((await fetchImage(os1.sessionId, imageId, { token: os1.token })).status).toBe(404);
    expectError(await upload(os1.sessionId, imageId, await phonePhoto(), { token: os1.token }), 409, 'id_taken');
  });
});
