/**
 * Fan-out between server nodes. A node that commits events publishes a small signal
 * (session id + new head); other nodes read the new events from the store in seq order and push
 * them to their sockets. The bus carries nothing the store lacks. Implementations: in-memory
 * (one process, tests) and Redis pub/sub. One contract suite runs against both.
 */
export interface BusSignal {
  sessionId: string;
  head: number;
  /** id of the publishing node; a node never receives its own signals (self-echo suppressed) */
  origin: string;
}

export type BusStatus = 'up' | 'down';

export interface Bus {
  readonly nodeId: string;
  /** Fire and forget: a lost signal is repaired by the heartbeat/catch-up path, never by the bus. */
  publish(sessionId: string, head: number): Promise<void>;
  /** Signals from other nodes. Returns an unsubscribe function. */
  subscribe(handler: (s: BusSignal) => void): () => void;
  /**
   * Connection state changes. After 'down' → 'up' a node must catch up every live session by
   * reading the store from its last known seq, because signals sent meanwhile are gone.
   */
  onStatus(handler: (s: BusStatus) => void): () => void;
  close(): Promise<void>;
}
