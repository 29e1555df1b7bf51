import { randomBytes } from 'node:crypto';
import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from 'pino';
import type { Bus, BusSignal, BusStatus } from './bus.ts';
import { listen } from './listeners.ts';

export interface RedisBusOptions {
  /** key/channel prefix, so several deployments can share one Redis ['vuoropuhe:'] */
  prefix?: string;
  /** id of this node in signals [random] */
  nodeId?: string;
  log?: Logger;
  /** liveness ping interval and timeout of every Redis command, to notice a silently dead link [5000 ms] */
  pingMs?: number;
}

export interface RedisBus extends Bus {
  /** Resolves once the subscriber is subscribed for the first time (earlier signals are not seen). */
  ready(): Promise<void>;
}

const MAX_MESSAGE_CHARS = 1024;
const MAX_ID_CHARS = 128;
/** sessions whose signal is kept for re-announcement while the publisher is offline */
const MAX_UNSENT = 10_000;

/** Capped exponential backoff with "equal jitter": half fixed, half random. Attempt counts from 1. */
export function retryDelay(attempt: number, random: () => number = Math.random): number {
  const cap = Math.min(2 ** Math.min(attempt, 16) * 100, 5000);
  return Math.round(cap / 2 + (random() * cap) / 2);
}

/** The wire form: `{"s":sessionId,"h":head,"o":origin}`. */
export function encodeSignal(s: BusSignal): string {
  return JSON.stringify({ s: s.sessionId, h: s.head, o: s.origin });
}

/** Parse and validate a message from the channel; null for anything malformed. Extra keys are
 * ignored so a newer node can add fields during a rolling upgrade. */
export function decodeSignal(raw: string): BusSignal | null {
  if (raw.length > MAX_MESSAGE_CHARS) return null;
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
  const { s, h, o } = v as Record<string, unknown>;
  const id = (x: unknown): x is string => typeof x === 'string' && x.length > 0 && x.length <= MAX_ID_CHARS;
  if (!id(s) || !id(o) || typeof h !== 'number' || !Number.isSafeInteger(h) || h < 0) return null;
  return { sessionId: s, head: h, origin: o };
}

/**
 * Redis pub/sub bus [ADR 0006]. One channel `<prefix>signals`; messages are signals only (session
 * id + head + origin), never event data. Two connections: the publisher never queues while offline
 * (publish resolves at once and the latest head per session is re-announced when it is back); the
 * subscriber reports 'down' when its connection drops and 'up' once it is subscribed again, so the
 * caller catches up from the store.
 */
export function createRedisBus(url: string, opts: RedisBusOptions = {}): RedisBus {
  const prefix = opts.prefix ?? 'vuoropuhe:';
  const nodeId = opts.nodeId ?? randomBytes(8).toString('hex');
  const channel = `${prefix}signals`;
  const log = opts.log?.child({ component: 'redis-bus', nodeId });
  // CLIENT SETNAME takes no spaces: the name lets operators (and tests) find our connections
  const name = (role: string): string => `${prefix}${role}:${nodeId}`.replace(/[^\x21-\x7e]/g, '_');
  const pingMs = opts.pingMs ?? 5000;
  const common: RedisOptions = { retryStrategy: (n) => retryDelay(n), commandTimeout: pingMs };
  const pub = new Redis(url, { ...common, enableOfflineQueue: false, connectionName: name('pub') });
  const sub = new Redis(url, { ...common, autoResubscribe: false, connectionName: name('sub') });

  const handlers = new Set<(s: BusSignal) => void>();
  const statusHandlers = new Set<(s: BusStatus) => void>();
  const unsent = new Map<string, number>();
  let state: 'init' | BusStatus = 'init';
  let closed = false;
  let closing: Promise<void> | undefined;
  let markReady: () => void = () => undefined;
  const readyP = new Promise<void>((r) => (markReady = r));

  const emit = <T>(set: Set<(v: T) => void>, v: T): void => {
    for (const h of [...set]) {
      try {
        h(v);
      } catch (err) {
        log?.error({ err }, 'bus handler failed');
      }
    }
  };
  /** Changes only: the first subscription is silent (nothing to catch up); a failed first connect is 'down'. */
  const setStatus = (s: BusStatus): void => {
    if (closed) return;
    const prev = state;
    state = s;
    if (prev === s || (prev === 'init' && s === 'up')) return;
    if (s === 'down') log?.warn('redis bus down: serving local sockets only');
    else log?.info('redis bus up again: catching up');
    emit(statusHandlers, s);
  };

  // one warning per outage and connection, not one per retry
  const errorLog = (conn: Redis, role: string): void => {
    let quiet = false;
    conn.on('error', (err: Error) => {
      if (closed || quiet) return;
      quiet = true;
      log?.warn({ err: err.message, role }, 'redis connection error (retrying with backoff)');
    });
    conn.on('ready', () => (quiet = false));
  };
  errorLog(pub, 'pub');
  errorLog(sub, 'sub');

  const remember = (sessionId: string, head: number): void => {
    if ((unsent.get(sessionId) ?? -1) >= head) return;
    if (!unsent.has(sessionId) && unsent.size >= MAX_UNSENT) {
      const oldest = unsent.keys().next();
      if (!oldest.done) unsent.delete(oldest.value);
    }
    unsent.set(sessionId, head);
  };
  const send = (sessionId: string, head: number): void => {
    if (pub.status !== 'ready') return remember(sessionId, head);
    unsent.delete(sessionId);
    pub.publish(channel, encodeSignal({ sessionId, head, origin: nodeId })).catch(() => {
      if (!closed) remember(sessionId, head);
    });
  };
  pub.on('ready', () => {
    const pending = [...unsent];
    unsent.clear();
    for (const [sessionId, head] of pending) send(sessionId, head);
  });

  sub.on('ready', () => {
    sub.subscribe(channel).then(
      () => {
        if (closed) return;
        setStatus('up');
        markReady();
      },
      (err: Error) => {
        // a closed connection reconnects by itself; anything else (e.g. an ACL refusal) is logged
        if (!closed && sub.status === 'ready') log?.error({ err: err.message }, 'redis subscribe failed');
      },
    );
  });
  sub.on('close', () => setStatus('down'));
  sub.on('message', (ch: string, raw: string) => {
    if (closed || ch !== channel) return;
    const s = decodeSignal(raw);
    if (!s) {
      log?.debug({ chars: raw.length }, 'malformed bus message dropped');
      return;
    }
    if (s.origin === nodeId) return; // self-echo
    emit(handlers, s);
  });

  // A link that dies without a FIN/RST looks idle forever (and a subscriber is idle by design):
  // ping both connections; a ping that times out (commandTimeout) drops the connection, which
  // then reconnects with backoff. The same timeout ends a handshake that never gets an answer.
  const pinger = setInterval(() => {
    for (const conn of [pub, sub]) {
      if (closed || conn.status !== 'ready') continue;
      conn.ping().catch((err: Error) => {
        if (closed || conn.status !== 'ready') return;
        log?.warn({ err: err.message, role: conn === pub ? 'pub' : 'sub' }, 'redis ping failed: reconnecting');
        conn.disconnect(true);
      });
    }
  }, pingMs);
  pinger.unref();

  const quit = async (conn: Redis): Promise<void> => {
    if (conn.status === 'ready') {
      let timer: NodeJS.Timeout | undefined;
      const ok = await Promise.race([
        conn.quit().then(
          () => true,
          () => false,
        ),
        new Promise<false>((r) => (timer = setTimeout(() => r(false), 1000))),
      ]);
      clearTimeout(timer);
      if (ok) return;
    }
    conn.disconnect();
  };

  return {
    nodeId,
    ready: () => readyP,
    publish(sessionId, head) {
      if (!closed) send(sessionId, head);
      return Promise.resolve();
    },
    subscribe: (handler) => listen(handlers, handler),
    onStatus: (handler) => listen(statusHandlers, handler),
    close() {
      if (!closing) {
        closed = true;
        clearInterval(pinger);
        handlers.clear();
        statusHandlers.clear();
        unsent.clear();
        closing = Promise.all([quit(pub), quit(sub)]).then(() => undefined);
      }
      return closing;
    },
  };
}
