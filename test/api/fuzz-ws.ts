// WebSocket helpers of the bad-input tests: a socket that reconnects before the per-socket
// command budget runs out (10/s, bursts of 30 [SPEC W9]) or after the server closed it for a
// bad frame, and a runner that checks every string of a list against what the field must do.
import type { SessionState } from '../../src/domain/types.ts';
import { cid, connect, type TestServer, type WsProbe } from '../support/test-server.ts';
import { show, type Expect } from './fuzz-strings.ts';
import type { Failures } from './fuzz-http.ts';

export type Outcome = { kind: 'ack'; seq: number } | { kind: 'err'; code: string } | { kind: 'closed'; code: number; frames: string[] };

/** Commands per socket before a fresh one (the bucket holds 30). */
const PER_SOCKET = 25;

export class FuzzSocket {
  private p: WsProbe | null = null;
  private used = 0;
  reconnects = 0;

  constructor(
    private readonly s: TestServer,
    private readonly sessionId: string,
    private readonly who: { as: 'participant'; token: string } | { as: 'facilitator'; cookie: string },
  ) {}

  /** A socket that has said hello, fresh when needed. */
  async socket(): Promise<WsProbe> {
    if (!this.p || this.p.closed || this.used >= PER_SOCKET) {
      this.p?.close();
      const lastSeq = await this.s.app.deps.store.events.head(this.sessionId);
      this.p = await connect(this.s, { sessionId: this.sessionId, lastSeq, ...this.who });
      if (this.p.frames[0]?.t !== 'welcome') throw new Error(`hello refused: ${JSON.stringify(this.p.frames[0])}`);
      this.used = 0;
      this.reconnects++;
    }
    return this.p;
  }

  /** Sends a frame (object or raw text/bytes) and waits for its answer: ack, error or close. */
  async send(frame: unknown, id: string | null = null): Promise<Outcome> {
    const p = await this.socket();
    this.used++;
    const from = p.frames.length;
    if (Buffer.isBuffer(frame)) p.ws.send(frame, { binary: true });
    else p.send(frame);
    let f: Record<string, unknown> | null = null;
    try {
      f = await p.waitFor(
        (x) => ((x.t === 'ack' || x.t === 'err') && x.id === id && id !== null) || (x.t === 'err' && x.id === null),
        5000,
        from,
      );
    } catch {
      if (!p.closed) throw new Error(`no answer to ${JSON.stringify(frame).slice(0, 120)}`);
    }
    if (f?.t === 'ack') return { kind: 'ack', seq: f.seq as number };
    if (f?.t === 'err' && (f.id !== null || f.code !== 'bad_frame')) return { kind: 'err', code: String(f.code) };
    const c = await p.waitClose();
    return { kind: 'closed', code: c.code, frames: p.frames.slice(from).map((x) => String(x.code ?? x.t)) };
  }

  /** One command frame with a fresh id. */
  command(cmd: Record<string, unknown>): Promise<Outcome> {
    const id = cid();
    return this.send({ t: 'cmd', id, cmd }, id);
  }

  close(): void {
    this.p?.close();
  }
}

export interface WsField {
  name: string;
  sock: FuzzSocket;
  sessionId: string;
  /** the command carrying the string */
  cmd: (s: string) => Record<string, unknown>;
  expect: Expect;
  /** the stored value after an ack, read from the state */
  read: (st: SessionState) => unknown;
  /** how the expected value appears in the state (default: itself) */
  shape?: (v: string) => unknown;
}

/** Domain refusals a bad string may cause; anything else (internal, rate_limited…) is a failure. */
const TEXT_REFUSALS = new Set(['note_empty', 'note_too_long', 'invalid_value']);

/**
 * Every string through one field: accepted strings are stored exactly as expected (normalised),
 * refused ones answer with a domain error or close 4400 with a bad_frame error, and leave the
 * session head where it was.
 */
export async function fuzzWsField(s: TestServer, fld: WsField, strings: readonly string[], f: Failures): Promise<number> {
  const state = async () => (await s.app.deps.engine.load(fld.sessionId))!.state;
  let accepted = 0;
  for (const str of strings) {
    f.tries++;
    const exp = fld.expect(str);
    const before = await s.app.deps.store.events.head(fld.sessionId);
    const out = await fld.sock.command(fld.cmd(str));
    const where = `${fld.name} ${show(str)}`;
    if (exp !== null) {
      if (out.kind !== 'ack') f.add(`${where}: ${JSON.stringify(out)}, expected ack`);
      else {
        accepted++;
        const got = fld.read(await state());
        const want = fld.shape ? fld.shape(exp) : exp;
        if (JSON.stringify(got) !== JSON.stringify(want))
          f.add(`${where}: stored ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
      }
      continue;
    }
    if (out.kind === 'ack') f.add(`${where}: acked, expected refusal`);
    else if (out.kind === 'err' && !TEXT_REFUSALS.has(out.code)) f.add(`${where}: error ${out.code}`);
    else if (out.kind === 'closed' && (out.code !== 4400 || !out.frames.includes('bad_frame')))
      f.add(`${where}: closed ${JSON.stringify(out)}`);
    if ((await s.app.deps.store.events.head(fld.sessionId)) !== before) f.add(`${where}: refused but the head moved`);
  }
  return accepted;
}
