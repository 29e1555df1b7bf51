import { randomBytes } from 'node:crypto';
import type { Bus, BusSignal, BusStatus } from './bus.ts';
import { listen } from './listeners.ts';

/** One in-process bus instance as the hub sees it. */
interface Member {
  readonly nodeId: string;
  deliver(s: BusSignal): void;
  status(s: BusStatus): void;
  /** [ADR 0006] signals that could not be sent during an outage, re-announced once it is over */
  flushUnsent(): void;
}

/**
 * The "network" between in-process buses: every bus created with the same hub behaves like one
 * node of a cluster. Tests simulate an outage with `setDown(true)` / `setDown(false)`.
 */
export class MemoryHub {
  #down = false;
  readonly #members = new Set<Member>();
  /** where a throwing handler's error goes (it must not crash the process or stop other handlers) */
  readonly onHandlerError: (err: unknown) => void;

  constructor(opts: { onHandlerError?: (err: unknown) => void } = {}) {
    this.onHandlerError =
      opts.onHandlerError ?? ((err) => process.emitWarning(err instanceof Error ? err : String(err), 'BusHandlerError'));
  }

  get down(): boolean {
    return this.#down;
  }

  /** Simulate an outage: while down, publish drops signals; every bus reports 'down', then 'up'. */
  setDown(down: boolean): void {
    if (down === this.#down) return;
    this.#down = down;
    for (const m of this.#members) m.status(down ? 'down' : 'up');
    if (!down) for (const m of this.#members) m.flushUnsent();
  }

  /** @internal */
  join(m: Member): () => void {
    this.#members.add(m);
    return () => this.#members.delete(m);
  }

  /** @internal Send to every member except the publisher; false when the hub is down. */
  send(s: BusSignal): boolean {
    if (this.#down) return false;
    for (const m of this.#members) if (m.nodeId !== s.origin) m.deliver(s);
    return true;
  }
}

/**
 * In-process bus (one node, tests, several simulated nodes sharing a hub). Delivery is
 * asynchronous (a microtask per delivery), like a network: a publisher never sees a handler run
 * inside its own `publish` call, and a throwing handler (reported to the hub's `onHandlerError`)
 * neither stops the other handlers nor the publisher.
 */
export function createMemoryBus(hub: MemoryHub = new MemoryHub()): Bus {
  const nodeId = randomBytes(8).toString('hex');
  const handlers = new Set<(s: BusSignal) => void>();
  const statusHandlers = new Set<(s: BusStatus) => void>();
  /** latest head per session whose signal was dropped by an outage */
  const unsent = new Map<string, number>();
  let closed = false;

  /** one microtask per delivery, run in the order sent; handlers removed meanwhile get nothing */
  const dispatch = <T>(set: Set<(v: T) => void>, v: T): void => {
    queueMicrotask(() => {
      if (closed) return;
      for (const h of [...set]) {
        if (!set.has(h)) continue;
        try {
          h(v);
        } catch (err) {
          hub.onHandlerError(err);
        }
      }
    });
  };

  const member: Member = {
    nodeId,
    deliver: (s) => dispatch(handlers, { ...s }),
    status: (s) => dispatch(statusHandlers, s),
    flushUnsent() {
      if (closed) return;
      const pending = [...unsent];
      unsent.clear();
      for (const [sessionId, head] of pending) hub.send({ sessionId, head, origin: nodeId });
    },
  };
  const leave = hub.join(member);
  // a node that starts during an outage learns it like any other
  if (hub.down) member.status('down');

  return {
    nodeId,
    publish(sessionId, head) {
      if (closed) return Promise.resolve();
      if (hub.send({ sessionId, head, origin: nodeId })) unsent.delete(sessionId);
      else if ((unsent.get(sessionId) ?? -1) < head) unsent.set(sessionId, head);
      return Promise.resolve();
    },
    subscribe: (handler) => listen(handlers, handler),
    onStatus: (handler) => listen(statusHandlers, handler),
    close() {
      if (!closed) {
        closed = true;
        leave();
        handlers.clear();
        statusHandlers.clear();
        unsent.clear();
      }
      return Promise.resolve();
    },
  };
}
