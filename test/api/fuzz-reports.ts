// What is made from stored naughty text: every export format, the calendar file, the outputs
// page and the audit log must still answer (no 5xx), and the calendar file must not let a newline
// in user text start a property of its own.
import { isSafeText } from '../../src/protocol/ids.ts';
import { EXPORT_FORMATS } from '../../src/protocol/http-schema.ts';
import { http, type TestServer } from '../support/test-server.ts';
import type { Failures } from './fuzz-http.ts';
import { sample, STRINGS } from './fuzz-strings.ts';

export async function fuzzReports(s: TestServer, o: { cookie: string; processId: string; orgId: string }, f: Failures): Promise<void> {
  const { cookie, processId: id } = o;
  const safe = STRINGS.filter((x) => isSafeText(x) && x.trim());
  const req = async (method: string, path: string, body?: unknown) => {
    f.tries++;
    const r = await http(s, method, path, body, { cookie });
    if (r.status >= 300) f.add(`${method} ${path}: ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
    return r;
  };
  const block = (n: number, max: number) =>
    safe
      .slice(n, n + 40)
      .join('\n')
      .slice(0, max);
  await req('PUT', `/api/processes/${id}/followup`, {
    heard: `${block(0, 3900)}\nX-INJECTED:heard`,
    needsMonths: block(40, 4000),
    needsYears: block(80, 4000),
    resultsUse: block(120, 4000),
    themePlans: safe.slice(160, 200).map((x) => ({ theme: x.slice(0, 120), plan: x })),
    continueDialogue: 'yes',
    nextMeeting: '2030-01-02T10:00',
    nextMeetingPlace: 'Paikka\r\nX-INJECTED:place;\\,"<b>',
  });
  for (const x of sample(30).filter((v) => isSafeText(v) && v.trim())) {
    await req('POST', `/api/processes/${id}/actions`, { title: x.slice(0, 200), owner: x.slice(0, 120), theme: x.slice(0, 120) });
  }
  await req('PUT', `/api/processes/${id}/summary`, { text: safe.join('\n').slice(0, 20_000) });
  for (const format of EXPORT_FORMATS) {
    const r = await req('GET', `/api/processes/${id}/export/${format}`);
    if (r.status === 200 && typeof r.body === 'string' && r.body.length === 0) f.add(`export ${format}: empty`);
  }
  const ics = await req('GET', `/api/processes/${id}/followup.ics`);
  const lines = String(ics.body).split(/\r\n/);
  if (lines.some((l) => l.startsWith('X-INJECTED')))
    f.add(`followup.ics: user text started its own property:\n${String(ics.body).slice(0, 600)}`);
  await req('GET', `/api/processes/${id}/outputs`);
  await req('GET', `/api/orgs/${o.orgId}/audit?format=csv`);
  await req('GET', `/api/orgs/${o.orgId}/audit`);
}
