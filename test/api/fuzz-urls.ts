// Naughty strings where no schema looks first: path parameters, the query string and headers
// (language, cookie, origin, bearer token). Nothing may answer 5xx.
import type { TestServer } from '../support/test-server.ts';
import type { Failures } from './fuzz-http.ts';
import { sample, show } from './fuzz-strings.ts';

export async function fuzzUrls(s: TestServer, o: { cookie: string; processId: string }, f: Failures): Promise<void> {
  const { cookie, processId } = o;
  // headers carry bytes: the UTF-8 of the string read as Latin-1, as a raw client would send it
  const latin1 = (x: string) => Buffer.from(x, 'utf8').toString('latin1');
  for (const x of sample(30)) {
    const enc = encodeURIComponent(x.toWellFormed());
    const urls = [
      `/api/processes/${enc}`,
      `/api/sessions/${enc}`,
      `/api/sessions/${enc}/qr.svg`,
      `/api/processes/${processId}/export/${enc}`,
      `/api/processes/${enc}/outputs`,
      `/api/processes?lang=${enc}`,
      `/fi/${enc}`,
      `/${enc}`,
      `/assets/${enc}`,
      `/fi/join/${enc}`,
      `/fi/screen/${enc}`,
    ];
    for (const url of urls) {
      f.tries++;
      const r = await s.app.http.inject({ method: 'GET', url, headers: { cookie } });
      if (r.statusCode >= 500) f.add(`GET ${url}: ${r.statusCode} ${r.body.slice(0, 100)}`);
    }
    const headers: [string, string][] = [
      ['accept-language', latin1(x)],
      ['x-vp-lang', latin1(x)],
      ['cookie', `vp_session=${latin1(x)}`],
      ['origin', latin1(x)],
      ['authorization', `Bearer ${latin1(x)}`],
    ];
    for (const [h, v] of headers) {
      f.tries++;
      const r = await s.app.http.inject({
        method: 'POST',
        url: `/api/processes/${processId}/actions`,
        headers: { cookie, origin: s.origin, host: `127.0.0.1:${s.port}`, 'content-type': 'application/json', [h]: v },
        payload: '{"title":""}',
      });
      if (r.statusCode >= 500) f.add(`header ${h} ${show(x)}: ${r.statusCode} ${r.body.slice(0, 100)}`);
    }
  }
  for (const url of [
    '/api/processes/%E0%A4%A',
    '/api/processes/%',
    '/%00',
    '/api/%ff%fe',
    '/fi/%c0%af',
    `/api/processes/${'a'.repeat(5000)}`,
  ]) {
    f.tries++;
    const r = await s.app.http.inject({ method: 'GET', url, headers: { cookie } });
    if (r.statusCode >= 500 || r.statusCode < 400) f.add(`GET ${url.slice(0, 40)}: ${r.statusCode} ${r.body.slice(0, 100)}`);
  }
}
