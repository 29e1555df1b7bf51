import { randomBytes } from 'node:crypto';
import { connect as netConnect, type Socket as Socket_ } from 'node:net';
import { nowUs, readStamp } from './util.ts';
import { ACK_MARK, CONNECT_TIMEOUT_MS, NOTE_MARK, ids, type Conn, type Sink } from './conn-base.ts';

/**
 * A light WebSocket client on a bare TCP socket: HTTP upgrade, then a minimal frame reader (server
 * frames are unmasked and unfragmented here) and masked writes with a zero key. It answers pings
 * (product heartbeat) and engine.io pings, and reads stamps straight from the bytes. About a third
 * of `ws`'s cost per message, so one load core can receive what the server core sends.
 * Speaks our frames (product, raw-ws baseline) and Socket.IO's (`42["events",…]`) over EIO=4.
 */
export class LightConn implements Conn {
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
