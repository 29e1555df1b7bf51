import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Bus, BusSignal, BusStatus } from '../../src/bus/bus.ts';

/** A set of nodes that can hear each other (one hub, one Redis prefix). */
export interface BusCluster {
  /** a new node; resolves once it receives signals */
  create(): Promise<Bus>;
  /** drop every node's connection; resolves once the drop has been triggered */
  breakLink(): Promise<void>;
  /** end the outage (a no-op where reconnecting is the bus's own job) */
  heal(): Promise<void>;
  dispose(): Promise<void>;
}

export interface BusFactory {
  name: string;
  cluster(): Promise<BusCluster>;
}

/** Poll pred until it holds; fail after ms with what was awaited. */
export async function waitFor(pred: () => boolean, ms = 5000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** p, or a failure if it has not settled within ms ("never blocks the caller"). */
export async function withDeadline<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms)));
  try {
    return await Promise.race([p, late]);
  } finally {
    clearTimeout(timer);
  }
}

export interface Recorder {
  signals: BusSignal[];
  statuses: BusStatus[];
  off(): void;
}

export function record(bus: Bus): Recorder {
  const signals: BusSignal[] = [];
  const statuses: BusStatus[] = [];
  const offSignals = bus.subscribe((s) => signals.push(s));
  const offStatus = bus.onStatus((s) => statuses.push(s));
  return {
    signals,
    statuses,
    off: () => {
      offSignals();
      offStatus();
    },
  };
}

const heads = (r: Recorder): number[] => r.signals.map((s) => s.head);

/** The rules every bus keeps (see src/bus/bus.ts and ADR 0006), run against each implementation. */
export function busContract(factory: BusFactory): void {
  describe(`bus contract: ${factory.name}`, () => {
    let cluster: BusCluster;
    let nodes: Bus[];
    const node = async (): Promise<Bus> => {
      const b = await cluster.create();
      nodes.push(b);
      return b;
    };

    beforeEach(async () => {
      cluster = await factory.cluster();
      nodes = [];
    });
    afterEach(async () => {
      await Promise.all(nodes.map((b) => b.close()));
      await cluster.dispose();
    });

    it('[B1] a signal published by node A reaches nodes B and C with sessionId, head and origin', async () => {
      const [a, b, c] = [await node(), await node(), await node()];
      expect(new Set([a.nodeId, b.nodeId, c.nodeId]).size).toBe(3);
      const [rb, rc] = [record(b), record(c)];
      await a.publish('session-1', 3);
      await waitFor(() => rb.signals.length > 0 && rc.signals.length > 0, 5000, 'B and C to hear A');
      const expected = [{ sessionId: 'session-1', head: 3, origin: a.nodeId }];
      expect(rb.signals).toEqual(expected);
      expect(rc.signals).toEqual(expected);
    });

    it('[B2] the publisher never receives its own signal', async () => {
      const [a, b] = [await node(), await node()];
      const [ra, rb] = [record(a), record(b)];
      await a.publish('own', 1);
      await waitFor(() => rb.signals.length === 1, 5000, 'B to hear A');
      // B's answer is sent after A's signal went out, so A would have had its own signal first
      await b.publish('reply', 2);
      await waitFor(() => ra.signals.length > 0, 5000, 'A to hear B');
      expect(ra.signals).toEqual([{ sessionId: 'reply', head: 2, origin: b.nodeId }]);
      expect(rb.signals.map((s) => s.origin)).toEqual([a.nodeId]);
    });

    it('[B3] signals from one publisher arrive in publish order', async () => {
      const [a, b] = [await node(), await node()];
      const rb = record(b);
      const n = 60;
      for (let i = 1; i <= n; i++) void a.publish(`s${i % 3}`, i);
      await waitFor(() => rb.signals.length === n, 5000, `${n} signals`);
      expect(heads(rb)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
      expect(rb.signals.map((s) => s.sessionId).slice(0, 3)).toEqual(['s1', 's2', 's0']);
    });

    it('[B4] unsubscribe stops delivery to that handler only', async () => {
      const [a, b] = [await node(), await node()];
      const gone: BusSignal[] = [];
      const kept = record(b);
      const off = b.subscribe((s) => gone.push(s));
      off();
      off(); // idempotent
      await a.publish('s', 1);
      await a.publish('s', 2);
      await waitFor(() => kept.signals.length === 2, 5000, 'the kept handler to hear both');
      expect(gone).toEqual([]);
      kept.off();
      const later = record(b);
      await a.publish('s', 3);
      await waitFor(() => later.signals.length === 1, 5000, 'a new handler to hear A');
      expect(heads(kept)).toEqual([1, 2]);
    });

    it('[B5] after close, publish does not throw and the closed node hears nothing', async () => {
      const [a, b, c] = [await node(), await node(), await node()];
      const [rb, rc] = [record(b), record(c)];
      await b.close();
      await b.close(); // idempotent
      await expect(withDeadline(b.publish('s', 1), 1000, 'publish after close')).resolves.toBeUndefined();
      await a.publish('s', 2);
      await waitFor(() => rc.signals.length === 1, 5000, 'C to hear A');
      expect(rb.signals).toEqual([]);
      expect(rc.signals).toEqual([{ sessionId: 's', head: 2, origin: a.nodeId }]);
    });

    it("[B6] an outage reports 'down' then 'up' and publish during it neither throws nor blocks", async () => {
      const [a, b] = [await node(), await node()];
      const [ra, rb] = [record(a), record(b)];
      expect(rb.statuses).toEqual([]);
      await cluster.breakLink();
      await waitFor(() => ra.statuses.includes('down') && rb.statuses.includes('down'), 5000, "'down' on A and B");
      await expect(withDeadline(a.publish('s', 7), 500, 'publish during the outage')).resolves.toBeUndefined();
      await cluster.heal();
      await waitFor(() => ra.statuses.length === 2 && rb.statuses.length === 2, 10_000, "'up' on A and B");
      expect(ra.statuses).toEqual(['down', 'up']);
      expect(rb.statuses).toEqual(['down', 'up']);
      // after 'up' the bus works again (signals sent during the outage may or may not arrive:
      // the receiver catches up from the store on 'up')
      await a.publish('s', 8);
      await waitFor(() => heads(rb).includes(8), 10_000, 'B to hear A after the outage');
    });
  });
}
