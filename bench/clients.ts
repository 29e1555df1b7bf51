import { randomBytes } from 'node:crypto';
import { connect as netConnect, type Socket as Socket_ } from 'node:net';
import { io, type Socket } from 'socket.io-client';
import WebSocket from 'ws';
import { histogram, latency, type Latency } from './stats.ts';
import { nowUs, pool, readStamp, stamp } from './util.ts';

/**
 * Light load clients. Nothing is JSON-parsed on the hot path: the send time travels inside the
 * ids (`T<12-digit µs>…` for the note id, `A<12-digit µs>…` for the command id), and a frame is
 * recognised by its first bytes (`{"t":"events"`, `{"t":"ack"`, …). Socket.IO parses its packets
 * itself; there we read the same ids from the decoded object.
 */

export type TargetKind = 'product' | 'ws' | 'socketio';

/** Where latencies and counts go; only sends stamped within [fromUs, toUs) are recorded. */
export class Sink {
  readonly delivery = histogram();
  readonly ack = histogram();
  /** deliveries to sockets at the writer's own table (notes scenario) */
  readonly tableDelivery = histogram();
  deliveries = 0;
  tableDeliveries = 0;
  acks = 0;
  errors = 0;
  closed = 0;
  frameBytes = 0;
  fromUs = Infinity;
  toUs = Infinity;
  readonly errorCodes = new Map<string, number>();
  readonly closeCodes = new Map<number, number>();

  /** BENCH_TRACE=1: worst delivery per event, to see when the slow ones were sent */
  readonly worst: Map<number, number> | null = process.env.BENCH_TRACE ? new Map() : null;

  delivered(sentUs: number, now: number, bytes: number): void {
    if (sentUs < this.fromUs || sentUs >= this.toUs) return;
    this.deliveries++;
    this.frameBytes = bytes;
    this.delivery.recordValue(Math.max(1, now - sentUs));
    if (this.worst) this.worst.set(sentUs, Math.max(this.worst.get(sentUs) ?? 0, now - sentUs));
  }

  tableDelivered(sentUs: number, now: number): void {
    if (sentUs < this.fromUs || sentUs >= this.toUs) return;
    this.tableDeliveries++;
    this.tableDelivery.recordValue(Math.max(1, now - sentUs));
  }

  acked(sentUs: number, now: number): void {
    if (sentUs < this.fromUs || sentUs >= this.toUs) return;
    this.acks++;
    this.ack.recordValue(Math.max(1, now - sentUs));
  }

  error(code: string): void {
    this.errors++;
    this.errorCodes.set(code, (this.errorCodes.get(code) ?? 0) + 1);
  }

  close(code: number): void {
    this.closed++;
    this.closeCodes.set(code, (this.closeCodes.get(code) ?? 0) + 1);
  }

  /** Start recording sends stamped from now on. */
  open(): void {
    this.fromUs = nowUs();
    this.toUs = Infinity;
  }

  /** Stop recording sends stamped after now (their deliveries may still arrive). */
  shut(): void {
    this.toUs = nowUs();
  }
}

export interface Conn {
  readonly ready: Promise<void>;
  /** send a note.add command stamped with the current time */
  sendNote(tag: string, text: string): void;
  close(): void;
}

let counter = 0;
/** Note id and command id carrying the send time; `tag` marks the sender (self-echo filter). */
function ids(tag: string): { noteId: string; cmdId: string } {
  const s = stamp(nowUs());
  const n = (counter++).toString(36);
  return { noteId: `T${s}${tag}n${n}`, cmdId: `A${s}${tag}c${n}` };
}

const NOTE_MARK = Buffer.from('"note":{"id":"T');
const ACK_MARK = Buffer.from('"id":"A');
const CONNECT_TIMEOUT_MS = 30_000;

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

/**
 * A light WebSocket client on a bare TCP socket: HTTP upgrade, then a minimal frame reader (server
 * frames are unmasked and unfragmented here) and masked writes with a zero key. It answers pings
 * (product heartbeat) and engine.io pings, and reads stamps straight from the bytes. About a third
 * of `ws`'s cost per message, so one load core can receive what the server core sends.
 * Speaks our frames (product, raw-ws baseline) and Socket.IO's (`42["events",…]`) over EIO=4.
 */
class LightConn implements Conn {
  readonly ready: Promise<void>;
  private readonly sock: Socket_;
  private readonly self: Buffer | null;
  private readonly table: number;
  private resolve!: () => void;
  private reject!: (e: Error) => void;
  private upgraded = false;
  private welcomed = false;
  private head: Buffer | null = null;
  private carry: Buffer | null = null;

  constructor(
    private readonly proto: 'ours' | 'sio',
    port: number,
    path: string,
    private readonly hello: string | null,
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
    const timer = setTimeout(() => this.fail(new Error('connect timeout')), CONNECT_TIMEOUT_MS);
    void this.ready.then(
      () => clearTimeout(timer),
      () => clearTimeout(timer),
    );
    this.sock = netConnect(port, '127.0.0.1', () => {
      this.sock.setNoDelay(true);
      this.sock.write(
        `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: http://127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
      );
    });
    this.sock.on('data', (d: Buffer) => (this.upgraded ? this.frames(d) : this.handshake(d)));
    this.sock.on('error', (e) => this.fail(e));
    this.sock.on('close', () => {
      if (!this.welcomed) this.fail(new Error('closed before welcome'));
      else if (!this.closing) this.sink.close(1006);
    });
  }

  private closing = false;

  private fail(e: Error): void {
    this.reject(e);
    if (!this.sock.destroyed) this.sock.destroy();
  }

  private handshake(d: Buffer): void {
    const all = this.head ? Buffer.concat([this.head, d]) : d;
    const end = all.indexOf('\r\n\r\n');
    if (end < 0) {
      this.head = all;
      return;
    }
    this.head = null;
    if (!all.subarray(0, 13).toString('latin1').startsWith('HTTP/1.1 101'))
      return this.fail(new Error(`upgrade refused: ${all.subarray(0, 40).toString()}`));
    this.upgraded = true;
    if (this.hello) this.write(0x1, Buffer.from(this.hello));
    if (end + 4 < all.length) this.frames(all.subarray(end + 4));
  }

  /** Splits the byte stream into frames; a partial frame waits in `carry`. */
  private frames(d: Buffer): void {
    const now = nowUs();
    let b = d;
    if (this.carry) {
      b = Buffer.concat([this.carry, d]);
      this.carry = null;
    }
    let p = 0;
    while (p + 2 <= b.length) {
      let len = b[p + 1]! & 0x7f;
      let h = 2;
      if (len === 126) {
        if (p + 4 > b.length) break;
        len = b.readUInt16BE(p + 2);
        h = 4;
      } else if (len === 127) {
        if (p + 10 > b.length) break;
        len = Number(b.readBigUInt64BE(p + 2));
        h = 10;
      }
      if (p + h + len > b.length) break;
      const op = b[p]! & 0x0f;
      const s = p + h;
      if (op === 0x1 || op === 0x2 || op === 0x0) this.payload(b, s, s + len, now);
      else if (op === 0x9) this.write(0xa, b.subarray(s, s + len));
      else if (op === 0x8) this.sock.end();
      p = s + len;
    }
    if (p < b.length) this.carry = Buffer.from(b.subarray(p));
  }

  private payload(b: Buffer, s: number, e: number, now: number): void {
    if (this.proto === 'sio') return this.sioPayload(b, s, e, now);
    const c = b[s + 6];
    if (c === 0x65 /* e */) {
      if (b[s + 7] === 0x76 /* {"t":"events" */) this.note(b, s, e, now);
      else this.sink.error((JSON.parse(b.toString('utf8', s, e)) as { code?: string }).code ?? 'unknown');
    } else if (c === 0x61 /* {"t":"ack" */) this.ack(b, s, e, now);
    else if (c === 0x77 /* {"t":"welcome" */) this.welcome();
  }

  /** engine.io: 0 open, 2 ping, 4 message; socket.io: 0 connect, 2 event → `42["name",…]` */
  private sioPayload(b: Buffer, s: number, e: number, now: number): void {
    const t = b[s];
    if (t === 0x32 /* 2 ping */) return this.write(0x1, Buffer.from('3'));
    if (t === 0x30 /* 0 open */) return this.write(0x1, Buffer.from('40'));
    if (t !== 0x34 || b[s + 1] !== 0x32) return; // only 42 (event) matters
    const c = b[s + 4];
    if (c === 0x65 /* 42["events" */ && b[s + 5] === 0x76) this.note(b, s, e, now);
    else if (c === 0x61 /* 42["ack" */) this.ack(b, s, e, now);
    else if (c === 0x77 /* 42["welcome" */) this.welcome();
    else if (c === 0x65) this.sink.error('err');
  }

  private note(b: Buffer, s: number, e: number, now: number): void {
    const i = b.indexOf(NOTE_MARK, s);
    if (i < 0 || i >= e) return;
    const p = i + NOTE_MARK.length;
    if (this.self && this.isSelf(b, p + 12)) return;
    const sent = readStamp(b, p);
    this.sink.delivered(sent, now, e - s);
    if (b[p + 12] === 0x6b /* k */ && b[p + 13] === this.table) this.sink.tableDelivered(sent, now);
  }

  private ack(b: Buffer, s: number, e: number, now: number): void {
    const i = b.indexOf(ACK_MARK, s);
    if (i >= 0 && i < e) this.sink.acked(readStamp(b, i + ACK_MARK.length), now);
  }

  private welcome(): void {
    if (this.welcomed) return;
    this.welcomed = true;
    this.resolve();
  }

  private isSelf(d: Buffer, p: number): boolean {
    const s = this.self!;
    for (let k = 0; k < s.length; k++) if (d[p + k] !== s[k]) return false;
    return true;
  }

  /** A masked client frame; the zero mask key leaves the payload as it is. */
  private write(op: number, payload: Buffer): void {
    if (this.sock.destroyed || !this.sock.writable) return;
    const n = payload.length;
    const h = n < 126 ? 2 : n < 65536 ? 4 : 10;
    const f = Buffer.allocUnsafe(h + 4 + n);
    f[0] = 0x80 | op;
    if (h === 2) f[1] = 0x80 | n;
    else if (h === 4) {
      f[1] = 0x80 | 126;
      f.writeUInt16BE(n, 2);
    } else {
      f[1] = 0x80 | 127;
      f.writeBigUInt64BE(BigInt(n), 2);
    }
    f.writeUInt32BE(0, h);
    payload.copy(f, h + 4);
    this.sock.write(f);
  }

  sendNote(tag: string, text: string): void {
    const { noteId, cmdId } = ids(tag);
    const cmd = `{"t":"cmd","id":"${cmdId}","cmd":{"type":"note.add","noteId":"${noteId}","text":${JSON.stringify(text)}}}`;
    this.write(0x1, Buffer.from(this.proto === 'sio' ? `42["cmd",${cmd}]` : cmd));
  }

  close(): void {
    this.closing = true;
    if (this.sock.destroyed) return;
    // a close frame, then the socket
    this.write(0x8, Buffer.from([0x03, 0xe8]));
    this.sock.end();
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
