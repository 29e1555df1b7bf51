import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { isDomainError } from '../domain/errors.ts';
import type { EventEnvelope } from '../domain/events.ts';
import { redactEvent, redactState, type Audience } from '../domain/redact.ts';
import { CLOSE, HEARTBEAT_MS, MAX_CLIENT_FRAME_BYTES, MAX_REPLAY_EVENTS, clientFrameSchema, type ClientFrame } from '../protocol/frames.ts';
import { newId } from '../services/crypto-util.ts';
import type { Loaded } from '../services/session-engine.ts';
import type { Deps } from './deps.ts';
import { COOKIE_NAME, originAllowed, parseCookies } from './http-security.ts';
import { WsClient } from './ws-client.ts';

const HELLO_TIMEOUT_MS = 10_000;
/** hard cap enforced by ws itself (close 1009); frames between this and our limit get an error frame */
const WS_MAX_PAYLOAD = 64 * 1024;

/**
 * The WebSocket edge: validates every frame, authenticates in hello, replays gaps, runs
 * commands through the engine and fans committed events out, serialised once per audience.
 */
export class WsGateway {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: WS_MAX_PAYLOAD, perMessageDeflate: false });
  private readonly rooms = new Map<string, Set<WsClient>>();
  private readonly clients = new Set<WsClient>();
  private readonly heartbeat: NodeJS.Timeout;
  private quiet = false;
  private readonly presenceDue = new Map<string, NodeJS.Timeout>();
  /** committed events waiting for the next flush, per session, in seq order */
  private readonly outgoing = new Map<string, EventEnvelope[]>();
  private flushScheduled = false;
  private flushed: Promise<void> = Promise.resolve();
  private resolveFlushed: () => void = () => undefined;

  constructor(private readonly d: Deps) {
    d.engine.onCommitted((sessionId, events) => this.enqueue(sessionId, events));
    this.heartbeat = setInterval(() => this.beat(), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /** Origin allow-list before the upgrade. [SPEC W8] */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    if (!originAllowed(req.headers.origin, req.headers.host, this.d.config)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws, req));
  }

  get connections(): number {
    return this.wss.clients.size;
  }

  /**
   * Stop taking commands (shutdown): frames that arrive now are dropped unanswered, so their
   * senders keep them in the outbox and resend them to the next server. [SPEC W11]
   */
  quiesce(): void {
    this.quiet = true;
  }

  /** Close every socket with "restart: reconnect" and stop. */
  close(): void {
    clearInterval(this.heartbeat);
    for (const t of this.presenceDue.values()) clearTimeout(t);
    this.flush(); // what was committed goes out before the sockets close
    for (const ws of this.wss.clients) ws.close(CLOSE.restart, 'restart');
    this.wss.close();
  }

  private onConnection(ws: WebSocket, req: IncomingMessage): void {
    const client = new WsClient(ws, parseCookies(req.headers.cookie)[COOKIE_NAME], newId());
    this.clients.add(client);
    const helloTimer = setTimeout(() => ws.close(CLOSE.unauthenticated, 'no hello'), HELLO_TIMEOUT_MS);
    ws.on('pong', () => (client.alive = true));
    ws.on('message', (data, isBinary) => {
      void this.onMessage(client, data, isBinary).catch((e: unknown) => {
        this.d.log.error({ err: e, socket: client.id }, 'ws message failed');
        client.send({ t: 'err', id: null, code: 'internal' });
      });
    });
    ws.on('close', () => {
      clearTimeout(helloTimer);
      this.clients.delete(client);
      if (client.sessionId) {
        this.rooms.get(client.sessionId)?.delete(client);
        this.schedulePresence(client.sessionId);
      }
    });
    ws.on('error', () => undefined);
    ws.once('message', () => clearTimeout(helloTimer));
  }

  /** Closes every socket of a session whose content was erased; they will not find it again. */
  closeRoom(sessionId: string): void {
    for (const c of this.rooms.get(sessionId) ?? []) this.reject(c, CLOSE.notFound, 'not_found');
    this.rooms.delete(sessionId);
  }

  private reject(client: WsClient, code: number, err: 'bad_frame' | 'unauthenticated' | 'not_hello' | 'forbidden' | 'not_found'): void {
    client.send({ t: 'err', id: null, code: err });
    client.ws.close(code, err);
  }

  /** Every frame is validated; anything unknown or oversized closes with 4400 and changes nothing. [SPEC W1] */
  private async onMessage(client: WsClient, data: RawData, isBinary: boolean): Promise<void> {
    if (this.quiet) return;
    const size = Array.isArray(data) ? data.reduce((n, b) => n + b.length, 0) : (data as Buffer).length;
    if (isBinary || size > MAX_CLIENT_FRAME_BYTES) return this.reject(client, CLOSE.badFrame, 'bad_frame');
    let json: unknown;
    try {
      json = JSON.parse(data.toString());
    } catch {
      return this.reject(client, CLOSE.badFrame, 'bad_frame');
    }
    const parsed = clientFrameSchema.safeParse(json);
    if (!parsed.success) return this.reject(client, CLOSE.badFrame, 'bad_frame');
    const f = parsed.data;
    if (f.t === 'time') return client.send({ t: 'time', c: f.c, s: this.d.now() });
    if (client.role === null) {
      if (f.t !== 'hello') return this.reject(client, CLOSE.unauthenticated, 'not_hello');
      return this.hello(client, f);
    }
    if (f.t === 'hello') return this.reject(client, CLOSE.badFrame, 'bad_frame');
    if (f.t === 'sync') return this.sync(client, f.lastSeq);
    return this.command(client, f);
  }

  private async hello(client: WsClient, f: Extract<ClientFrame, { t: 'hello' }>): Promise<void> {
    if (f.as === 'participant') {
      const who = f.token ? await this.d.join.participantFor(f.token) : null;
      if (!who || who.sessionId !== f.sessionId) return this.reject(client, CLOSE.unauthenticated, 'unauthenticated');
      client.actor = { role: 'participant', participantId: who.participantId };
      client.audience = 'public';
    } else {
      const user = await this.d.auth.userForToken(client.cookieToken);
      if (!user) return this.reject(client, CLOSE.unauthenticated, 'unauthenticated');
      // a user whom an organisation requires to use 2FA gets nothing until it is set up [U6]
      if (await this.d.auth.mfaSetupRequired(user.id)) return this.reject(client, CLOSE.forbidden, 'forbidden');
      if (!(await this.d.processes.sessionFor(user.id, f.sessionId))) return this.reject(client, CLOSE.forbidden, 'forbidden');
      client.actor = { role: 'facilitator', userId: user.id };
      client.audience = f.as === 'facilitator' ? 'staff' : 'public';
    }
    await this.d.engine.withSession(f.sessionId, async (loaded) => {
      if (!loaded) return this.reject(client, CLOSE.notFound, 'not_found');
      if (client.ws.readyState !== client.ws.OPEN) return;
      client.role = f.as;
      client.sessionId = f.sessionId;
      let room = this.rooms.get(f.sessionId);
      if (!room) this.rooms.set(f.sessionId, (room = new Set()));
      room.add(client);
      const participantId = client.actor?.role === 'participant' ? client.actor.participantId : null;
      client.send({ t: 'welcome', v: 1, role: f.as, audience: client.audience, participantId, head: loaded.head, now: this.d.now() });
      await this.replay(client, loaded, f.lastSeq);
      this.schedulePresence(f.sessionId);
    });
  }

  /** Who is online, to the facilitator's console; coalesced so a room joining at once sends one frame. [SPEC W12] */
  private schedulePresence(sessionId: string): void {
    if (this.presenceDue.has(sessionId)) return;
    const t = setTimeout(() => {
      this.presenceDue.delete(sessionId);
      const room = this.rooms.get(sessionId);
      if (!room) return;
      const online = new Set<string>();
      let screens = 0;
      for (const c of room) {
        if (c.actor?.role === 'participant') online.add(c.actor.participantId);
        if (c.role === 'screen') screens++;
      }
      const frame = Buffer.from(JSON.stringify({ t: 'presence', online: [...online], screens }));
      for (const c of room) if (c.audience === 'staff') c.sendRaw(frame);
      if (room.size === 0) this.rooms.delete(sessionId);
    }, 250);
    t.unref();
    this.presenceDue.set(sessionId, t);
  }

  /** Send what the client lacks: the events after lastSeq, or a snapshot if the gap is large. [SPEC W5, W6] */
  private async replay(client: WsClient, loaded: Loaded, lastSeq: number): Promise<void> {
    const sessionId = client.sessionId!;
    if (lastSeq > loaded.head || loaded.head - lastSeq > MAX_REPLAY_EVENTS) {
      client.send({ t: 'snapshot', seq: loaded.head, state: redactState(loaded.state, client.audience) });
    } else if (lastSeq < loaded.head) {
      const events = await this.d.store.events.read(sessionId, lastSeq, loaded.head - lastSeq);
      client.send({ t: 'events', events: events.map((e) => redactEvent(e, client.audience)) });
    }
    client.sentSeq = loaded.head;
  }

  private async sync(client: WsClient, lastSeq: number): Promise<void> {
    await this.d.engine.withSession(client.sessionId!, async (loaded) => {
      if (loaded) await this.replay(client, loaded, lastSeq);
    });
  }

  /** Authorised by the domain; acked only after commit; a repeated id is acked, not reapplied. [SPEC W3] */
  private async command(client: WsClient, f: Extract<ClientFrame, { t: 'cmd' }>): Promise<void> {
    if (client.role === 'screen' || !client.actor) return client.send({ t: 'err', id: f.id, code: 'forbidden' });
    if (!client.takeToken(Date.now())) return client.send({ t: 'err', id: f.id, code: 'rate_limited' });
    if (this.d.config.chaosFault === 'ack-before-commit') {
      // chaos test only: a deliberately wrong server that acks first and commits later
      client.send({ t: 'ack', id: f.id, seq: (this.d.engine.peekHead(client.sessionId!) ?? 0) + 1 });
      await new Promise((r) => setTimeout(r, 300));
    }
    try {
      const r = await this.d.engine.execute(client.sessionId!, client.actor, f.id, f.cmd);
      // the sender sees its own events before the ack, as everyone else sees them
      if (this.flushScheduled) await this.flushed;
      client.send({ t: 'ack', id: f.id, seq: r.seq });
    } catch (e) {
      if (!isDomainError(e)) {
        this.d.log.error({ err: e, sessionId: client.sessionId }, 'command failed');
        return client.send({ t: 'err', id: f.id, code: 'internal' });
      }
      client.send({ t: 'err', id: f.id, code: e.code, ...(e.details ? { details: e.details } : {}) });
    }
  }

  /** One serialisation per audience, the same bytes to every socket. [SPEC W10] */
  /**
   * Events committed in one turn of the event loop go out together in the next: one frame per
   * audience per session. When the server is busy, batches grow by themselves, so each socket gets
   * fewer, larger frames instead of falling behind. [SPEC W10]
   */
  private enqueue(sessionId: string, events: EventEnvelope[]): void {
    const list = this.outgoing.get(sessionId);
    if (list) list.push(...events);
    else this.outgoing.set(sessionId, [...events]);
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      this.flushed = new Promise((r) => (this.resolveFlushed = r));
      setImmediate(() => this.flush());
    }
  }

  private flush(): void {
    this.flushScheduled = false;
    const batches = [...this.outgoing];
    this.outgoing.clear();
    for (const [sessionId, events] of batches) this.broadcast(sessionId, events);
    this.resolveFlushed();
  }

  private broadcast(sessionId: string, events: EventEnvelope[]): void {
    const room = this.rooms.get(sessionId);
    if (!room || room.size === 0) return;
    const last = events[events.length - 1]!.seq;
    const frames: Partial<Record<Audience, Buffer>> = {};
    for (const c of room) {
      if (c.sentSeq >= last) continue;
      if (c.sentSeq < events[0]!.seq - 1) continue; // the client is behind; heartbeat + sync fill the gap
      if (c.sentSeq >= events[0]!.seq) {
        // rare: part of the batch was already sent (a replay raced it); send only the rest
        const rest = events.filter((e) => e.seq > c.sentSeq).map((e) => redactEvent(e, c.audience));
        c.send({ t: 'events', events: rest });
      } else {
        frames[c.audience] ??= Buffer.from(JSON.stringify({ t: 'events', events: events.map((e) => redactEvent(e, c.audience)) }));
        c.sendRaw(frames[c.audience]!);
      }
      c.sentSeq = last;
    }
  }

  private beat(): void {
    void this.beatAsync().catch((err: unknown) => this.d.log.error({ err }, 'heartbeat failed'));
  }

  private async beatAsync(): Promise<void> {
    // several nodes: read the store's head too, so a lost bus signal is repaired within a beat
    await Promise.all([...this.rooms.keys()].map((id) => this.d.engine.refresh(id)));
    const now = this.d.now();
    for (const [sessionId, room] of this.rooms) {
      const head = this.d.engine.peekHead(sessionId);
      if (head === null) continue;
      const frame = Buffer.from(JSON.stringify({ t: 'hb', head, now }));
      for (const c of room) c.sendRaw(frame);
    }
    // sockets that did not answer the last ping are gone (phone asleep, Wi-Fi lost)
    for (const c of this.clients) {
      if (!c.alive) {
        c.ws.terminate();
        continue;
      }
      c.alive = false;
      c.ws.ping();
    }
  }
}
