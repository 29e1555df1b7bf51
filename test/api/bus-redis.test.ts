import { randomBytes } from 'node:crypto';
import { createServer, connect, type Socket } from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Bus } from '../../src/bus/bus.ts';
import { createRedisBus, decodeSignal, encodeSignal, retryDelay } from '../../src/bus/redis-bus.ts';
import { busContract, record, waitFor, withDeadline } from './bus-contract.ts';

/** A real Redis; every run (and every cluster in it) uses its own prefix, so parallel runs don't meet. */
const URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';
const RUN = `vp-test:${process.pid}-${randomBytes(3).toString('hex')}:`;
let clusters = 0;
const nextPrefix = (): string => `${RUN}${++clusters}:`;

let admin: Redis;
beforeAll(async () => {
  admin = new Redis(URL, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
  await admin.connect().catch((err: Error) => {
    throw new Error(`these tests need a Redis at ${URL} (start redis-server or set TEST_REDIS_URL): ${err.message}`);
  });
});
afterAll(() => admin.disconnect());

/** CLIENT KILL every connection whose CLIENT SETNAME name starts with namePrefix; the server stays up. */
async function killClients(namePrefix: string): Promise<number> {
  const list = String(await admin.call('CLIENT', 'LIST'));
  const ids = list
    .split('\n')
    .map((line) => /(?:^|\s)id=(\d+)\s.*\bname=(\S*)/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null && m[2]!.startsWith(namePrefix))
    .map((m) => m[1]!);
  for (const id of ids) await admin.call('CLIENT', 'KILL', 'ID', id);
  return ids.length;
}

busContract({
  name: 'redis',
  async cluster() {
    const prefix = nextPrefix();
    return {
      async create() {
        const b = createRedisBus(URL, { prefix });
        await withDeadline(b.ready(), 5000, 'first subscription');
        return b;
      },
      async breakLink() {
        expect(await killClients(prefix)).toBeGreaterThan(0);
      },
      heal: async () => undefined, // the buses reconnect by themselves
      dispose: async () => undefined,
    };
  },
});

describe('redis bus specifics', () => {
  const buses: Bus[] = [];
  const open = async (prefix: string, url = URL, opts: { pingMs?: number } = {}): Promise<Bus> => {
    const b = createRedisBus(url, { prefix, ...opts });
    buses.push(b);
    await withDeadline(b.ready(), 5000, 'first subscription');
    return b;
  };
  afterEach(async () => {
    await Promise.all(buses.splice(0).map((b) => b.close()));
  });

  it('encodes signals compactly and rejects malformed ones', () => {
    const ok = { sessionId: 'sess-1', head: 42, origin: 'node-a' };
    expect(encodeSignal(ok)).toBe('{"s":"sess-1","h":42,"o":"node-a"}');
    expect(decodeSignal(encodeSignal(ok))).toEqual(ok);
    expect(decodeSignal('{"s":"a","h":0,"o":"b","x":1}')).toEqual({ sessionId: 'a', head: 0, origin: 'b' });
    const bad = [
      '',
      'nope',
      'null',
      '[]',
      '"s"',
      '{}',
      '{"s":"a","h":1}',
      '{"s":"","h":1,"o":"b"}',
      '{"s":1,"h":1,"o":"b"}',
      '{"s":"a","h":-1,"o":"b"}',
      '{"s":"a","h":1.5,"o":"b"}',
      '{"s":"a","h":"1","o":"b"}',
      '{"s":"a","h":1e300,"o":"b"}',
      `{"s":"${'x'.repeat(200)}","h":1,"o":"b"}`,
      `{"s":"a","h":1,"o":"b","pad":"${'x'.repeat(2000)}"}`,
    ];
    for (const raw of bad) expect(decodeSignal(raw), raw).toBeNull();
  });

  it('reconnects with capped exponential backoff and jitter', () => {
    expect([1, 2, 3, 6, 50].map((n) => retryDelay(n, () => 0))).toEqual([100, 200, 400, 2500, 2500]);
    expect([1, 2, 3, 6, 50].map((n) => retryDelay(n, () => 1))).toEqual([200, 400, 800, 5000, 5000]);
  });

  it('ignores malformed messages and its own origin published raw on the channel', async () => {
    const prefix = nextPrefix();
    const b = await open(prefix);
    const rb = record(b);
    for (const raw of [
      'garbage',
      '{"s":"x"}',
      '{"s":"x","h":-5,"o":"evil"}',
      encodeSignal({ sessionId: 'echo', head: 1, origin: b.nodeId }),
    ]) {
      await admin.publish(`${prefix}signals`, raw);
    }
    await admin.publish(`${prefix}signals`, encodeSignal({ sessionId: 'fine', head: 2, origin: 'other' }));
    // one connection publishes in order, so the bad ones were seen (and dropped) before this one
    await waitFor(() => rb.signals.length > 0, 5000, 'the valid message');
    expect(rb.signals).toEqual([{ sessionId: 'fine', head: 2, origin: 'other' }]);
  });

  it("with Redis unreachable, publish resolves at once, 'down' is reported and close is quick", async () => {
    const b = createRedisBus('redis://127.0.0.1:1', { prefix: nextPrefix() });
    buses.push(b);
    const rb = record(b);
    await waitFor(() => rb.statuses.includes('down'), 5000, "'down'");
    for (let i = 1; i <= 100; i++) await withDeadline(b.publish('s', i), 50, 'publish while unreachable');
    await withDeadline(b.close(), 1000, 'close');
    expect(rb.statuses).toEqual(['down']);
  });

  it("re-announces the latest head after the publisher's own connection dropped", async () => {
    const prefix = nextPrefix();
    const [a, b] = [await open(prefix), await open(prefix)];
    const rb = record(b);
    expect(await killClients(`${prefix}pub:${a.nodeId}`)).toBe(1);
    await a.publish('s', 1);
    await a.publish('s', 2);
    await waitFor(() => rb.signals.some((s) => s.head === 2), 10_000, 'head 2 after the reconnect');
    expect(rb.statuses).toEqual([]); // B's own link never dropped
  });

  it("a silently dead link (no FIN, no answers) is found by the ping: 'down', then 'up' on a new link", async () => {
    const proxy = await stallingProxy(new globalThis.URL(URL));
    try {
      const prefix = nextPrefix();
      const [a, b] = [await open(prefix), await open(prefix, `redis://127.0.0.1:${proxy.port}`, { pingMs: 300 })];
      const rb = record(b);
      proxy.stall(); // the open connections stay open but carry nothing any more; new ones work
      await waitFor(() => rb.statuses.length === 2, 10_000, "'down' and 'up'");
      expect(rb.statuses).toEqual(['down', 'up']);
      await a.publish('s', 5);
      await waitFor(() => rb.signals.some((s) => s.head === 5), 5000, 'a signal over the new link');
    } finally {
      await Promise.all(buses.splice(0).map((b) => b.close()));
      await proxy.close();
    }
  });
});

/** TCP proxy on loopback whose current connections can be made to swallow every byte. */
async function stallingProxy(target: globalThis.URL): Promise<{ port: number; stall(): void; close(): Promise<void> }> {
  const pairs = new Set<{ stalled: boolean; sockets: Socket[] }>();
  const server = createServer((client) => {
    const upstream = connect(Number(target.port || 6379), target.hostname);
    const pair = { stalled: false, sockets: [client, upstream] };
    pairs.add(pair);
    client.on('data', (d) => pair.stalled || upstream.write(d));
    upstream.on('data', (d) => pair.stalled || client.write(d));
    const end = (): void => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    for (const s of pair.sockets) s.on('close', end).on('error', end);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    port: address.port,
    stall: () => pairs.forEach((p) => (p.stalled = true)),
    close: async () => {
      pairs.forEach((p) => p.sockets.forEach((s) => s.destroy()));
      await new Promise((r) => server.close(r));
    },
  };
}
