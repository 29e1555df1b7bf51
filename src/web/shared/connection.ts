import type { Command } from '../../domain/commands.ts';
import type { EventEnvelope } from '../../domain/events.ts';
import type { SessionState } from '../../domain/types.ts';
import type { ClientFrame, Role, ServerFrame } from '../../protocol/frames.ts';
import { keepAcrossReload } from './outbox-persist.ts';

export type ConnStatus = 'connecting' | 'online' | 'offline' | 'closed';
/** Per command: sending (not yet acked), saved (acked after commit), failed (server said no). */
export type CmdStatus = 'sending' | 'saved' | 'failed';

export interface PendingCommand {
  id: string;
  cmd: Command;
  status: CmdStatus;
  error?: { code: string; details?: Record<string, unknown> };
}

export interface ConnectionOptions {
  sessionId: string;
  as: Role;
  token?: string;
  /** sessionStorage key to keep unacked written commands across a reload (see outbox-persist.ts) */
  persistKey?: string;
  /** override for tests */
  url?: string;
}

export interface Welcome {
  role: Role;
  participantId: string | null;
}

export interface ConnectionHandlers {
  onEvents(events: EventEnvelope[]): void;
  onSnapshot(seq: number, state: SessionState): void;
  onWelcome(w: Welcome): void;
  onStatus(s: ConnStatus): void;
  onCommand(p: PendingCommand): void;
  /** facilitator only: participants online and projectors connected */
  onPresence?(p: { online: string[]; screens: number }): void;
  /** the socket was closed for good (bad token, forbidden, session gone) */
  onFatal(code: number): void;
}

const FATAL = new Set([4401, 4403, 4404, 4400]);
const PROTOCOL_VERSION = 1;
/** how often an idle, online client probes the server */
const PROBE_MS = 5_000;
/** no frame at all for this long means the connection is gone */
const SILENCE_MS = 12_000;

export function newClientId(): string {
  const b = new Uint8Array(16);
  crypto.getRandomValues(b);
  return Array.from(b, (x) => x.toString(36).padStart(2, '0'))
    .join('')
    .slice(0, 24);
}

/**
 * One WebSocket to the server with the protocol's guarantees on the client side:
 * hello{lastSeq} on every (re)connect, an outbox of unacked commands resent with the same id,
 * backoff reconnects, heartbeat gap detection, and a measured server clock offset.
 */
export class Connection {
  lastSeq = 0;
  /** serverNow ≈ Date.now() + offset */
  offset = 0;
  status: ConnStatus = 'connecting';
  private ws: WebSocket | null = null;
  private readonly outbox = new Map<string, PendingCommand>();
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;
  private bestRtt = Infinity;
  private lastFrameAt = 0;
  private watchdog: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly opts: ConnectionOptions,
    private readonly h: ConnectionHandlers,
  ) {
    for (const p of this.loadPersisted()) this.outbox.set(p.id, p);
  }

  start(): void {
    this.stopped = false;
    addEventListener('online', this.kick);
    addEventListener('offline', this.lost);
    this.watchdog = setInterval(this.watch, PROBE_MS);
    document.addEventListener('visibilitychange', this.kick);
    this.open();
  }

  stop(): void {
    this.stopped = true;
    removeEventListener('online', this.kick);
    removeEventListener('offline', this.lost);
    if (this.watchdog) clearInterval(this.watchdog);
    document.removeEventListener('visibilitychange', this.kick);
    if (this.timer) clearTimeout(this.timer);
    this.ws?.close(1000);
    this.setStatus('closed');
  }

  /** Queue a command; it is sent now if online and resent after reconnects until acked. */
  send(cmd: Command, id = newClientId()): PendingCommand {
    const p: PendingCommand = { id, cmd, status: 'sending' };
    this.outbox.set(id, p);
    this.persist();
    this.h.onCommand(p);
    this.write({ t: 'cmd', id, cmd });
    return p;
  }

  /** Drop a failed command from the outbox (the user edits and sends again). */
  discard(id: string): void {
    this.outbox.delete(id);
    this.persist();
  }

  pending(): PendingCommand[] {
    return [...this.outbox.values()];
  }

  serverNow(): number {
    return Date.now() + this.offset;
  }

  /** Test hook: drop the socket as a network loss would. */
  dropForTest(): void {
    this.drop();
  }

  /** The browser says the network is gone: drop the socket now, so the UI says "offline". */
  private readonly lost = (): void => {
    this.drop();
  };

  /**
   * A socket on dead Wi-Fi can look open for minutes. While online, probe the server's clock every
   * few seconds; if nothing at all arrives for a while, treat the connection as lost. [SPEC W13]
   */
  private readonly watch = (): void => {
    if (this.status !== 'online' || !this.ws) return;
    if (Date.now() - this.lastFrameAt > SILENCE_MS) {
      this.drop();
      return;
    }
    this.write({ t: 'time', c: Date.now() });
  };

  private readonly kick = (): void => {
    if (this.stopped || document.visibilityState === 'hidden') return;
    if (this.status === 'offline') {
      if (this.timer) clearTimeout(this.timer);
      this.attempt = 0;
      this.open();
    }
  };

  private open(): void {
    this.setStatus(this.attempt === 0 ? 'connecting' : 'offline');
    const url = this.opts.url ?? `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;
    const ws = new WebSocket(url);
    this.ws = ws;
    ws.onopen = () => {
      const hello: ClientFrame = {
        t: 'hello',
        v: PROTOCOL_VERSION,
        sessionId: this.opts.sessionId,
        lastSeq: this.lastSeq,
        as: this.opts.as,
      };
      if (this.opts.token) hello.token = this.opts.token;
      ws.send(JSON.stringify(hello));
    };
    ws.onmessage = (m) => {
      this.lastFrameAt = Date.now();
      if (ws === this.ws && typeof m.data === 'string') this.receive(JSON.parse(m.data) as ServerFrame);
    };
    ws.onclose = (ev) => {
      if (ws === this.ws) this.closed(ev.code); // else: an old socket we replaced
    };
  }

  /** The socket is gone: fatal codes stop; anything else reconnects with capped, jittered backoff. */
  private closed(code: number): void {
    this.ws = null;
    if (this.stopped) return;
    if (FATAL.has(code)) {
      this.setStatus('closed');
      this.h.onFatal(code);
      return;
    }
    this.setStatus('offline');
    const delay = Math.min(10_000, 500 * 2 ** this.attempt) * (0.5 + Math.random() / 2);
    this.attempt++;
    this.timer = setTimeout(() => this.open(), delay);
  }

  /** Give up on the current socket at once (a dead socket's close handshake can take minutes). */
  private drop(): void {
    const ws = this.ws;
    if (!ws) return;
    ws.onclose = null;
    ws.onmessage = null;
    ws.close(4000);
    this.closed(4000);
  }

  private receive(f: ServerFrame): void {
    switch (f.t) {
      case 'welcome':
        this.attempt = 0;
        this.offset = f.now - Date.now();
        this.h.onWelcome({ role: f.role, participantId: f.participantId });
        this.setStatus('online');
        this.probeClock();
        // resend everything not yet acked, in the order it was written [SPEC W4]
        for (const p of this.outbox.values()) if (p.status === 'sending') this.write({ t: 'cmd', id: p.id, cmd: p.cmd });
        return;
      case 'events': {
        const fresh = f.events.filter((e) => e.seq > this.lastSeq);
        if (fresh.length === 0) return;
        if (fresh[0]!.seq !== this.lastSeq + 1) {
          this.write({ t: 'sync', lastSeq: this.lastSeq });
          return;
        }
        this.lastSeq = fresh[fresh.length - 1]!.seq;
        this.h.onEvents(fresh);
        return;
      }
      case 'snapshot':
        this.lastSeq = f.seq;
        this.h.onSnapshot(f.seq, f.state);
        return;
      case 'ack': {
        const p = this.outbox.get(f.id);
        if (!p) return;
        this.outbox.delete(f.id);
        this.persist();
        this.h.onCommand({ ...p, status: 'saved' });
        return;
      }
      case 'err': {
        if (f.id === null) return;
        const p = this.outbox.get(f.id);
        if (!p) return;
        const failed: PendingCommand = { ...p, status: 'failed', error: { code: f.code, ...(f.details ? { details: f.details } : {}) } };
        this.outbox.set(f.id, failed);
        this.persist();
        this.h.onCommand(failed);
        return;
      }
      case 'hb':
        // a missed event shows as a head beyond what we have [SPEC W7]
        if (f.head > this.lastSeq) this.write({ t: 'sync', lastSeq: this.lastSeq });
        return;
      case 'presence':
        this.h.onPresence?.({ online: f.online, screens: f.screens });
        return;
      case 'time': {
        const now = Date.now();
        const rtt = now - f.c;
        if (rtt < this.bestRtt) {
          this.bestRtt = rtt;
          this.offset = f.s + rtt / 2 - now;
        }
        return;
      }
    }
  }

  private probeClock(): void {
    for (let i = 0; i < 3; i++) setTimeout(() => this.write({ t: 'time', c: Date.now() }), i * 300);
  }

  private write(f: ClientFrame): void {
    if (this.ws && this.ws.readyState === WebSocket.OPEN && (this.status === 'online' || f.t === 'hello')) this.ws.send(JSON.stringify(f));
  }

  private setStatus(s: ConnStatus): void {
    if (s === this.status) return;
    this.status = s;
    this.h.onStatus(s);
  }

  private persist(): void {
    if (!this.opts.persistKey) return;
    const keep = [...this.outbox.values()].filter(keepAcrossReload);
    try {
      if (keep.length) sessionStorage.setItem(this.opts.persistKey, JSON.stringify(keep));
      else sessionStorage.removeItem(this.opts.persistKey);
    } catch {
      // storage full or disabled: the in-memory outbox still works
    }
  }

  private loadPersisted(): PendingCommand[] {
    if (!this.opts.persistKey) return [];
    try {
      return JSON.parse(sessionStorage.getItem(this.opts.persistKey) ?? '[]') as PendingCommand[];
    } catch {
      return [];
    }
  }
}
