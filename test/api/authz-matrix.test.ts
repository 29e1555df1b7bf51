import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Command } from '../../src/domain/commands.ts';
import { commandSchema } from '../../src/protocol/commands-schema.ts';
import { clientFrameSchema, CLOSE } from '../../src/protocol/frames.ts';
import type { OrgView, ProcessSummary } from '../../src/protocol/http-schema.ts';
import { cid, command, connect, createProcess, http, routeList, WsProbe } from '../support/test-server.ts';
import { fingerprint } from './authz-expect.ts';
import { buildWorld, HTTP_ACTORS, send, type HttpActor, type World } from './authz-fixtures.ts';
import { HTTP_ROWS, PAGE_RULE, pagePath } from './authz-http-rows.ts';
import { FIXED, liveSession, WS_ACTORS, type Live, type WsActor, type WsExpect } from './authz-ws-live.ts';
import { WS_ROWS, type WsRow } from './authz-ws.ts';

/*
 * The authorisation matrix (issue 6): every HTTP route and every WebSocket command, tried as
 * nobody, as a participant, as each role and as a user of another organisation. Each cell
 * asserts allow or the exact refusal; a refusal must change nothing; a route or command without
 * a row fails. The rows are in authz-http-rows.ts and authz-ws.ts.
 */

let w: World;
beforeAll(async () => {
  w = await buildWorld();
}, 60_000);
afterAll(async () => {
  await w?.s.stop();
});

const dupes = (xs: string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);

function credentials(a: HttpActor): Record<string, string> {
  if (a === 'anon') return {};
  if (a === 'participant') return { authorization: `Bearer ${w.participant.token}` };
  if (a === 'stranger') return { authorization: `Bearer ${w.strangerToken}` };
  return { cookie: w.cookie[a] };
}

/** The error code a refusal must carry: nothing more specific that would tell what exists. */
function refusal(a: HttpActor, status: number): string {
  if (a === 'mfaPending' && status === 403) return 'mfa_setup_required';
  return ({ 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found' } as Record<number, string>)[status]!;
}

describe('HTTP authorisation matrix', () => {
  it('has exactly one row for every registered route, and no row for a route that is gone', () => {
    const routes = routeList(w.s);
    const rows = HTTP_ROWS.map((r) => r.route);
    expect(dupes(rows), 'rows listed twice').toEqual([]);
    expect(
      routes.filter((r) => !rows.includes(r) && !PAGE_RULE.test(r)),
      'routes without a matrix row',
    ).toEqual([]);
    expect(
      rows.filter((r) => PAGE_RULE.test(r)),
      'rows that the page rule already covers',
    ).toEqual([]);
    expect(
      rows.filter((r) => !routes.includes(r)),
      'matrix rows for routes that no longer exist',
    ).toEqual([]);
  });

  for (const row of HTTP_ROWS) {
    it(row.route, async () => {
      const method = row.route.split(' ')[0]!;
      const problems: string[] = [];
      for (const a of HTTP_ACTORS) {
        const want = row.expect[a];
        const allowed = want < 400;
        const req = await row.req(w, a, allowed);
        const before = allowed ? '' : fingerprint(w);
        const res = await send(w.s, method, req.path, {
          ...(req.json !== undefined ? { json: req.json } : {}),
          ...(req.raw ? { raw: req.raw } : {}),
          headers: { ...req.headers, ...credentials(a) },
        });
        if (res.status < 400) await row.after?.(w, a, res);
        const error = (res.body as { error?: string } | null)?.error;
        if (res.status !== want) problems.push(`${a}: expected ${want}, got ${res.status} ${JSON.stringify(res.body).slice(0, 100)}`);
        else if (!allowed && req.path.startsWith('/api/') && error !== refusal(a, want)) problems.push(`${a}: ${want} with error ${error}`);
        else if (!allowed && fingerprint(w) !== before) problems.push(`${a}: refused with ${want}, but something changed`);
      }
      expect(problems).toEqual([]);
    });
  }

  it('GET /:lang/… pages (pattern rule): the same public HTML shell for everyone', async () => {
    const pages = routeList(w.s).filter((r) => PAGE_RULE.test(r));
    expect(pages.length).toBeGreaterThan(5);
    const problems: string[] = [];
    for (const route of pages) {
      for (const a of HTTP_ACTORS) {
        const res = await send(w.s, 'GET', pagePath(route, w), { headers: credentials(a) });
        const type = res.headers.get('content-type') ?? '';
        if (res.status !== 200 || !type.startsWith('text/html')) problems.push(`${route} as ${a}: ${res.status} ${type}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('lists show nothing of another organisation or of processes that are not yours', async () => {
    const others: HttpActor[] = ['admin', 'peer', 'other'];
    for (const a of others) {
      const list = await http<ProcessSummary[]>(w.s, 'GET', '/api/processes', undefined, { cookie: w.cookie[a as 'peer'] });
      expect(
        list.body.map((p) => p.id),
        a,
      ).not.toContain(w.p.id);
    }
    const orgs = await http<OrgView[]>(w.s, 'GET', '/api/orgs', undefined, { cookie: w.cookie.other });
    expect(orgs.body.map((o) => o.id)).toEqual([w.orgB]);
    // what each reader may do there, as the process tells the web app
    const roles: Partial<Record<HttpActor, string>> = {
      owner: 'facilitator',
      commissioner: 'commissioner',
      coordinator: 'coordinator',
      orgAdmin: 'coordinator',
    };
    for (const [a, role] of Object.entries(roles)) {
      const r = await http<ProcessSummary>(w.s, 'GET', `/api/processes/${w.p.id}`, undefined, { cookie: w.cookie[a as 'owner'] });
      expect(r.body.role, a).toBe(role);
    }
    // a coordinator sees the organisation's processes, but no join codes
    const seen = await http<ProcessSummary[]>(w.s, 'GET', '/api/processes', undefined, { cookie: w.cookie.coordinator });
    const p = seen.body.find((x) => x.id === w.p.id)!;
    expect(p.sessions.map((x) => x.joinCode)).toEqual(['', '']);
  });
});

/* ---------------------------------- WebSocket ---------------------------------- */

const HELLO_CLOSE: Record<string, number> = { forbidden: CLOSE.forbidden, unauthenticated: CLOSE.unauthenticated };

async function head(l: Live): Promise<number> {
  return (await w.s.app.deps.engine.load(l.sessionId))!.head;
}

/** hello as this actor; the refusal frame and close code, or null when welcomed */
async function hello(l: Live, a: WsActor): Promise<{ probe: WsProbe; refused: string | null; code: number | null }> {
  const token = a === 'participant' ? l.token : a === 'stranger' ? w.strangerToken : undefined;
  const cookie = a === 'owner' || a === 'screen' ? w.cookie.owner : a in w.cookie ? w.cookie[a as 'peer'] : undefined;
  const as = token ? 'participant' : a === 'screen' ? 'screen' : 'facilitator';
  const probe = await connect(w.s, { sessionId: l.sessionId, as, ...(token ? { token } : {}), ...(cookie ? { cookie } : {}) });
  const first = probe.frames.find((f) => f.t === 'welcome' || f.t === 'err')!;
  if (first.t === 'welcome') return { probe, refused: null, code: null };
  return { probe, refused: String(first.code), code: (await probe.waitClose()).code };
}

/** Runs one cell; answers a problem, or '' when the outcome is the expected one. */
async function cell(l: Live, row: WsRow, a: WsActor, want: WsExpect): Promise<string> {
  const refusedAtHello = want.startsWith('hello:');
  // built only for cells that get to send it (building may add what the cell uses up)
  const cmd: Command | null = refusedAtHello ? null : await row.cmd(l);
  const before = await head(l);
  const h = await hello(l, a);
  try {
    if (refusedAtHello) {
      const reason = want.slice('hello:'.length);
      if (h.refused !== reason || h.code !== HELLO_CLOSE[reason]) return `${a}: expected ${want}, got ${h.refused ?? 'welcome'} ${h.code}`;
    } else {
      if (h.refused) return `${a}: hello refused with ${h.refused}`;
      const r = await command(h.probe, cmd!);
      const got = r.t === 'ack' ? 'ack' : String(r.code);
      if (got !== want) return `${a}: expected ${want}, got ${got} ${JSON.stringify(r.details ?? '')}`;
    }
    if (want !== 'ack' && (await head(l)) !== before) return `${a}: refused, but the session changed`;
    return '';
  } finally {
    h.probe.close();
  }
}

describe('WebSocket authorisation matrix', () => {
  let wsProcess: string;
  beforeAll(async () => {
    wsProcess = (await createProcess(w.s, w.cookie.owner, { name: 'Komentomatriisi' })).id;
  });

  it('has exactly one row for every command type of the protocol', () => {
    const types = commandSchema.options.map((o) => o.shape.type.value as string);
    const rows = WS_ROWS.map((r) => r.type);
    expect(dupes(rows), 'rows listed twice').toEqual([]);
    expect(
      types.filter((t) => !rows.includes(t as Command['type'])),
      'commands without a matrix row',
    ).toEqual([]);
    expect(
      rows.filter((t) => !types.includes(t)),
      'rows for commands that no longer exist',
    ).toEqual([]);
    // a new kind of client frame needs its own authorisation thought, and a row here
    expect(clientFrameSchema.options.map((o) => o.shape.t.value)).toEqual(['hello', 'cmd', 'sync', 'time']);
  });

  it('before hello only the clock probe is answered; a command or sync closes the socket', async () => {
    const l = await liveSession(w, wsProcess, 'cafe', 'lobby');
    const clock = await WsProbe.open(w.s);
    clock.send({ t: 'time', c: 1 });
    expect(await clock.waitFor((f) => f.t === 'time')).toMatchObject({ c: 1 });
    expect(clock.closed).toBeNull();
    clock.close();
    for (const frame of [
      { t: 'cmd', id: cid(), cmd: { type: 'phase.next' } },
      { t: 'sync', lastSeq: 0 },
    ]) {
      const p = await WsProbe.open(w.s, { cookie: w.cookie.owner });
      p.send(frame);
      expect(await p.waitFor((f) => f.t === 'err')).toMatchObject({ code: 'not_hello' });
      expect((await p.waitClose()).code).toBe(CLOSE.unauthenticated);
    }
    expect(await head(l)).toBe(2); // created + joined: nothing ran
  });

  for (const row of WS_ROWS) {
    it(`${row.type} (${row.kind}, ${row.phase})`, async () => {
      const l = await liveSession(w, wsProcess, row.kind, row.phase);
      await row.prep?.(l);
      const want = (a: WsActor): WsExpect => (a === 'participant' || a === 'owner' ? row[a] : FIXED[a]);
      // refusals first, on the state where the allowed cells then succeed
      const order = [...WS_ACTORS].sort((x, y) => Number(want(x) === 'ack') - Number(want(y) === 'ack'));
      const problems: string[] = [];
      for (const a of order) {
        const p = await cell(l, row, a, want(a));
        if (p) problems.push(p);
      }
      expect(problems).toEqual([]);
    });
  }
});
