import { io, type Socket } from 'socket.io-client';
import WebSocket from 'ws';
import { histogram, latency, type Latency } from './stats.ts';
import { nowUs, pool, readStamp } from './util.ts';
import { ACK_MARK, CONNECT_TIMEOUT_MS, NOTE_MARK, ids, type Conn, type Sink, type TargetKind } from './conn-base.ts';
import { LightConn } from './light-conn.ts';

/** Product and raw-ws baseline speak the same frames; the product also wants a hello first. */
class RawConn implements Conn {
  readonly ready: Promise<void>;
  private readonly ws: WebSocket;
  private readonly self: Buffer | null;
  private readonly table: number;
  private resolve!: () => void;
  private reject!: (e: Error) => void;
  private welcomed = false;

  constructor(
    url: string,
    origin: string,
    hello: string | null,
    private readonly sink: Sink,
    selfTag: string | null,
    table: string | null,
  ) {
    this.self = selfTag !== null ? Buffer.from(selfTag) : null;
    this.table = table === null ? -1 : table.charCodeAt(0);
    this.ready = new Promise<void>((res, rej) => {
      this.resolve = res;
      this.reject = rej;
    });
    const timer = setTimeout(() => this.reject(new Error('connect timeout')), CONNECT_TIMEOUT_MS);
    void this.ready.then(
      () => clearTimeout(timer),
      () => clearTimeout(timer),
    );
    this.ws = new WebSocket(url, { origin, perMessageDeflate: false });
    this.ws.on('open', () => {
      if (hello) this.ws.send(hello);
    });
    this.ws.on('message', (d: Buffer) => this.onMessage(d));
    this.ws.on('close', (code) => {
      if (!this.welcomed) this.reject(new Error(`closed ${code} before welcome`));
      else if (code !== 1005 && code !== 1000) this.sink.close(code);
    });
    this.ws.on('error', (e) => this.reject(e));
  }

  private onMessage(d: Buffer): void {
    const now = nowUs();
    const c = d[6];
    if (c === 0x65 /* e */) {
      if (d[7] === 0x76 /* {"t":"events" */) {
        const i = d.indexOf(NOTE_MARK);
        if (i < 0) return;
        const p = i + NOTE_MARK.length;
        if (this.self && this.isSelf(d, p + 12)) return;
        const sent = readStamp(d, p);
        this.sink.delivered(sent, now, d.length);
        if (d[p + 12] === 0x6b /* k */ && d[p + 13] === this.table) this.sink.tableDelivered(sent, now);
      } else {
        // {"t":"err"… : rare, so parse it
        const f = JSON.parse(d.toString()) as { code?: string };
        this.sink.error(f.code ?? 'unknown');
      }
    } else if (c === 0x61 /* {"t":"ack" */) {
      const i = d.indexOf(ACK_MARK, 8);
      if (i >= 0) this.sink.acked(readStamp(d, i + ACK_MARK.length), now);
    } else if (c === 0x77 /* {"t":"welcome" */ && !this.welcomed) {
      this.welcomed = true;
      this.resolve();
    }
  }

  private isSelf(d: Buffer, p: number): boolean {
    const s = this.self!;
    for (let k = 0; k < s.length; k++) if (d[p + k] !== s[k]) return false;
    return true;
  }

  sendNote(tag: string, text: string): void {
    if (this.ws.readyState !== WebSocket.OPEN) return;
    const { noteId, cmdId } = ids(tag);
    this.ws.send(`{"t":"cmd","id":"${cmdId}","cmd":{"type":"note.add","noteId":"${noteId}","text":${JSON.stringify(text)}}}`);
  }

  close(): void {
    this.ws.close();
  }
}

interface SioEvents {
  events: { events: { note: { id: string } }[] };
  ack: { id: string };
  welcome: unknown;
  err: { code?: string };
}

class SioConn implements Conn {
  readonly ready: Promise<void>;
  private readonly socket: Socket;

  constructor(
    port: number,
    room: string,
    private readonly sink: Sink,
    private readonly selfTag: string | null,
    private readonly table: string | null,
  ) {
    this.socket = io(`http://127.0.0.1:${port}`, {
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
      query: { room },
      timeout: CONNECT_TIMEOUT_MS,
      // no compression, like the other two (the server has it off as well)
      perMessageDeflate: false as unknown as { threshold: number },
    });
    this.ready = new Promise<void>((res, rej) => {
      const timer = setTimeout(() => rej(new Error('connect timeout')), CONNECT_TIMEOUT_MS);
      this.socket.once('welcome', () => {
        clearTimeout(timer);
        res();
      });
      this.socket.once('connect_error', (e) => {
        clearTimeout(timer);
        rej(e);
      });
    });
    this.socket.on('events', (f: SioEvents['events']) => {
      const now = nowUs();
      const id = f.events[0]?.note.id;
      if (!id || id[0] !== 'T') return;
      if (this.selfTag !== null && id.startsWith(this.selfTag, 13)) return;
      const sent = Number(id.slice(1, 13));
      this.sink.delivered(sent, now, 0);
      if (this.table !== null && id[13] === 'k' && id[14] === this.table) this.sink.tableDelivered(sent, now);
    });
    this.socket.on('ack', (a: SioEvents['ack']) => this.sink.acked(Number(a.id.slice(1, 13)), nowUs()));
    this.socket.on('err', (e: SioEvents['err']) => this.sink.error(e.code ?? 'unknown'));
    this.socket.on('disconnect', (reason) => {
      if (reason !== 'io client disconnect') this.sink.close(1006);
    });
  }

  sendNote(tag: string, text: string): void {
    const { noteId, cmdId } = ids(tag);
    this.socket.emit('cmd', { t: 'cmd', id: cmdId, cmd: { type: 'note.add', noteId, text } });
  }

  close(): void {
    this.socket.close();
  }
}

export interface ConnectSpec {
  kind: TargetKind;
  port: number;
  /** product: session to hello into (as participant with this token, at lastSeq = head) */
  sessionId?: string;
  token?: string;
  head?: number;
  /** baselines: room name */
  room?: string;
  /** skip deliveries of one's own notes (notes scenario) */
  selfTag?: string | null;
  /** record no deliveries at all on this socket (a sender that is not a measured receiver) */
  mute?: boolean;
  /** use the library client (`ws` / `socket.io-client`) instead of the light one */
  library?: boolean;
  /** the table this socket's participant sits at (0–35), for "delivery to table members" */
  table?: number;
}

export function connect(spec: ConnectSpec, sink: Sink): Conn {
  const origin = `http://127.0.0.1:${spec.port}`;
  // a muted socket filters every note: '' is a prefix of every id
  const self = spec.mute ? '' : (spec.selfTag ?? null);
  const table = spec.table === undefined ? null : spec.table.toString(36);
  const room = encodeURIComponent(spec.room ?? 'r');
  if (spec.kind === 'product') {
    const hello = JSON.stringify({
      t: 'hello',
      v: 1,
      sessionId: spec.sessionId,
      lastSeq: spec.head ?? 0,
      token: spec.token,
      as: 'participant',
    });
    return spec.library
      ? new RawConn(`ws://127.0.0.1:${spec.port}/ws`, origin, hello, sink, self, table)
      : new LightConn('ours', spec.port, '/ws', hello, sink, self, table);
  }
  if (spec.kind === 'ws') {
    return spec.library
      ? new RawConn(`ws://127.0.0.1:${spec.port}/ws?room=${room}`, origin, null, sink, self, table)
      : new LightConn('ours', spec.port, `/ws?room=${room}`, null, sink, self, table);
  }
  return spec.library
    ? new SioConn(spec.port, spec.room ?? 'r', sink, self, table)
    : new LightConn('sio', spec.port, `/socket.io/?EIO=4&transport=websocket&room=${room}`, null, sink, self, table);
}

/** Opens every connection with bounded concurrency; failures are counted, not thrown. */
export async function connectAll(
  specs: ConnectSpec[],
  sink: Sink,
  concurrency = 100,
): Promise<{ conns: (Conn | null)[]; failed: number; firstError: string | null }> {
  const conns: (Conn | null)[] = new Array<Conn | null>(specs.length).fill(null);
  let failed = 0;
  let firstError: string | null = null;
  await pool(specs, concurrency, async (spec, i) => {
    const c = connect(spec, sink);
    try {
      await c.ready;
      conns[i] = c;
    } catch (e) {
      failed++;
      firstError ??= e instanceof Error ? e.message : String(e);
      c.close();
    }
  });
  return { conns, failed, firstError };
}

/**
 * Sender tag for client i, right after the stamp in the note id: `k<table>s<i>_` when the writer
 * sits at a table (receivers compare it with their own), else `s<i>_` (ids allow [A-Za-z0-9_-]).
 */
export const senderTag = (i: number, table?: number): string => `${table === undefined ? '' : `k${table.toString(36)}`}s${i.toString(36)}_`;

/**
 * Sends note.add commands at `ratePerS` for `ms`, round-robin over the senders, on a 2 ms tick
 * that catches up with the schedule. Bounded by count (rate × time) and by time.
 */
export async function drive(senders: Conn[], tags: string[], texts: readonly string[], ratePerS: number, ms: number): Promise<number> {
  if (senders.length === 0 || ratePerS <= 0) return 0;
  const max = Math.ceil((ratePerS * ms) / 1000);
  let sent = 0;
  const start = performance.now();
  await new Promise<void>((res) => {
    const t = setInterval(() => {
      const el = performance.now() - start;
      const due = Math.min(max, Math.floor((el * ratePerS) / 1000));
      while (sent < due) {
        const i = sent % senders.length;
        senders[i]!.sendNote(tags[i]!, texts[sent % texts.length]!);
        sent++;
      }
      if (el >= ms) {
        clearInterval(t);
        res();
      }
    }, 2);
  });
  return sent;
}

/**
 * Event-loop probe: a `time` frame every 10 ms on its own socket (the product answers it before
 * any hello); the round trip shows how long the server's loop was busy, e.g. by a heartbeat that
 * writes to every socket at once. Bounded by ms.
 */
export async function probeLoop(
  port: number,
  path: string,
  ms: number,
): Promise<{ probes: number; rtt: Latency; stalls_over_20ms: number; worst_at_s: number[] }> {
  const h = histogram();
  const ws = new WebSocket(`ws://127.0.0.1:${port}${path}`, { origin: `http://127.0.0.1:${port}`, perMessageDeflate: false });
  await new Promise<void>((res, rej) => {
    ws.once('open', () => res());
    ws.once('error', rej);
  });
  const t0 = nowUs();
  const slow: [number, number][] = [];
  let probes = 0;
  ws.on('message', (d: Buffer) => {
    const m = /"c":(\d+)/.exec(d.toString());
    if (!m) return;
    const sent = Number(m[1]);
    const rtt = nowUs() - sent;
    h.recordValue(Math.max(1, rtt));
    if (rtt > 20_000) slow.push([(sent - t0) / 1e6, rtt]);
  });
  await new Promise<void>((res) => {
    const t = setInterval(() => {
      if (nowUs() - t0 >= ms * 1000) {
        clearInterval(t);
        res();
        return;
      }
      probes++;
      ws.send(`{"t":"time","c":${nowUs()}}`);
    }, 10);
  });
  await new Promise((r) => setTimeout(r, 300));
  ws.close();
  return {
    probes,
    rtt: latency(h),
    stalls_over_20ms: slow.length,
    worst_at_s: slow
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([t]) => Math.round(t * 100) / 100),
  };
}
