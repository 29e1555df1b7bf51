// The one text field outside a JSON body: a flipchart image's alt text, in the upload's query
// string. Each accepted upload is removed again (12 images per group); each costs a re-encode,
// so it gets the few() strings.
import sharp from 'sharp';
import { LIMITS } from '../../src/domain/types.ts';
import { cid, type TestServer } from '../support/test-server.ts';
import { storeSnapshot, type Failures } from './fuzz-http.ts';
import { few, field, show } from './fuzz-strings.ts';
import type { FuzzSocket } from './fuzz-ws.ts';

export async function fuzzImageAlt(
  s: TestServer,
  o: { sessionId: string; token: string; groupId: string; sock: FuzzSocket },
  f: Failures,
): Promise<number> {
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#f0c' } })
    .png()
    .toBuffer();
  const expectAlt = field({ schemaMax: LIMITS.altMax * 4, max: LIMITS.altMax, allowEmpty: true });
  const images = async () => (await s.app.deps.engine.load(o.sessionId))!.state.os!.images;
  let accepted = 0;
  for (const x of few()) {
    f.tries++;
    // a query string carries only well-formed text: lone surrogates become U+FFFD on the way
    const sent = x.toWellFormed();
    const imageId = cid('im');
    const query = new URLSearchParams({ groupId: o.groupId, kind: 'photo', alt: sent, imageId });
    const before = storeSnapshot(s);
    const res = await s.app.http.inject({
      method: 'POST',
      url: `/api/sessions/${o.sessionId}/images?${query.toString()}`,
      headers: { authorization: `Bearer ${o.token}`, 'content-type': 'image/png', origin: s.origin, host: `127.0.0.1:${s.port}` },
      payload: png,
    });
    const want = expectAlt(sent);
    const where = `image alt ${show(x)}`;
    if (res.statusCode >= 500) f.add(`${where}: ${res.statusCode} ${res.body}`);
    if (want === null) {
      if (res.statusCode < 400) f.add(`${where}: ${res.statusCode}, expected a refusal`);
      if (storeSnapshot(s) !== before) f.add(`${where}: refused but the store changed`);
      continue;
    }
    if (res.statusCode !== 201) {
      f.add(`${where}: ${res.statusCode} ${res.body}, expected 201`);
      continue;
    }
    accepted++;
    const got = (await images()).find((i) => i.id === imageId)?.alt;
    if (got !== want) f.add(`${where}: stored ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
    await o.sock.command({ type: 'flip.removeImage', imageId });
  }
  return accepted;
}
