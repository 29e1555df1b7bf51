import { afterEach, describe, expect, it } from 'vitest';
import type { Bus } from '../../src/bus/bus.ts';
import { MemoryHub, createMemoryBus } from '../../src/bus/memory-bus.ts';
import { busContract, record, waitFor } from './bus-contract.ts';

busContract({
  name: 'memory',
  async cluster() {
    const hub = new MemoryHub();
    return {
      create: async () => createMemoryBus(hub),
      breakLink: async () => hub.setDown(true),
      heal: async () => hub.setDown(false),
      dispose: async () => undefined,
    };
  },
});

describe('memory bus specifics', () => {
  const buses: Bus[] = [];
  const bus = (hub: MemoryHub): Bus => {
    const b = createMemoryBus(hub);
    buses.push(b);
    return b;
  };
  afterEach(async () => {
    await Promise.all(buses.splice(0).map((b) => b.close()));
  });

  it('delivers asynchronously, like a network: never inside publish', async () => {
    const hub = new MemoryHub();
    const [a, b] = [bus(hub), bus(hub)];
    const rb = record(b);
    void a.publish('s', 1);
    expect(rb.signals).toEqual([]);
    await waitFor(() => rb.signals.length === 1, 1000, 'delivery');
  });

  it('a bus alone (no hub given) publishes into the void', async () => {
    const solo = createMemoryBus();
    buses.push(solo);
    const r = record(solo);
    await solo.publish('s', 1);
    await Promise.resolve();
    expect(r.signals).toEqual([]);
    expect(r.statuses).toEqual([]);
  });

  it('onStatus fires only through setDown, once per change, and a node started during an outage hears it', async () => {
    const hub = new MemoryHub();
    const ra = record(bus(hub));
    hub.setDown(false);
    hub.setDown(true);
    hub.setDown(true);
    const rLate = record(bus(hub));
    hub.setDown(false);
    await waitFor(() => ra.statuses.length === 2 && rLate.statuses.length === 2, 1000, 'statuses');
    expect(ra.statuses).toEqual(['down', 'up']);
    expect(rLate.statuses).toEqual(['down', 'up']);
    expect(hub.down).toBe(false);
  });

  it('re-announces the latest head per session after an outage [ADR 0006]', async () => {
    const hub = new MemoryHub();
    const [a, b] = [bus(hub), bus(hub)];
    const rb = record(b);
    hub.setDown(true);
    await a.publish('s1', 4);
    await a.publish('s1', 5);
    await a.publish('s2', 9);
    hub.setDown(false);
    await waitFor(() => rb.signals.length === 2, 1000, 're-announced signals');
    expect(rb.signals).toEqual([
      { sessionId: 's1', head: 5, origin: a.nodeId },
      { sessionId: 's2', head: 9, origin: a.nodeId },
    ]);
    expect(rb.statuses).toEqual(['down', 'up']);
  });

  it('a throwing handler neither stops the other handlers nor the publisher', async () => {
    const errors: unknown[] = [];
    const hub = new MemoryHub({ onHandlerError: (e) => errors.push(e) });
    const [a, b] = [bus(hub), bus(hub)];
    b.subscribe(() => {
      throw new Error('boom');
    });
    const rb = record(b);
    await expect(a.publish('s', 1)).resolves.toBeUndefined();
    await waitFor(() => rb.signals.length === 1 && errors.length === 1, 1000, 'delivery and the error');
    expect(String(errors[0])).toContain('boom');
  });
});
