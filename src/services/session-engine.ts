import { apply, applyAll, emptyState } from '../domain/apply.ts';
import type { AttachImageCommand, Command, JoinCommand } from '../domain/commands.ts';
import { decide, decideAttachImage, decideJoin } from '../domain/decide.ts';
import type { EventEnvelope, SessionEvent } from '../domain/events.ts';
import type { Actor, SessionState } from '../domain/types.ts';
import type { Bus } from '../bus/bus.ts';
import type { Store } from '../store/store.ts';

export interface Loaded {
  state: SessionState;
  head: number;
}

export interface ExecuteResult {
  seq: number;
  duplicate: boolean;
  events: EventEnvelope[];
}

/** Called with events in seq order: committed here, or written by another node and caught up. */
export type CommittedListener = (sessionId: string, events: EventEnvelope[], state: SessionState) => void;

export interface EngineOptions {
  now: () => number;
  /** 32-bit seed source for the domain's seeded shuffles */
  seed: () => number;
  /** save a snapshot every this many events */
  snapshotEvery?: number;
  /** other nodes' signals (multi-node); without it this node is the only writer */
  bus?: Bus;
  /** fault injection for the chaos test only: 'no-dedup' skips the command-id check */
  fault?: 'no-dedup' | null;
}

/** Writers on other nodes can win the race for a while under load; give up only after this long. */
const CONFLICT_DEADLINE_MS = 5_000;

/**
 * Runs commands against sessions: load state, decide, append in one transaction, apply, then
 * tell listeners (the WebSocket gateway) and the bus. Commands of one session run one at a time
 * on this node (a promise queue per session). Across nodes, appends name the head they decided
 * on; on a conflict the engine catches up from the store and decides again. [SPEC E7]
 */
/** A bus signal with head 0 says the session's log was erased (a live session's head is ≥ 1). [D7] */
export const ERASED_HEAD = 0;

export class SessionEngine {
  private readonly cache = new Map<string, Loaded>();
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly listeners = new Set<CommittedListener>();
  private readonly snapshotEvery: number;
  private readonly unsubscribe: (() => void)[] = [];
  private readonly erasedListeners = new Set<(sessionId: string) => void>();

  constructor(
    private readonly store: Store,
    private readonly opts: EngineOptions,
  ) {
    this.snapshotEvery = opts.snapshotEvery ?? 200;
    const bus = opts.bus;
    if (bus) {
      this.unsubscribe.push(
        bus.subscribe((s) => {
          const c = this.cache.get(s.sessionId);
          if (c && s.head === ERASED_HEAD) void this.withSession(s.sessionId, () => this.forget(s.sessionId)).catch(() => undefined);
          else if (c && s.head > c.head) void this.withSession(s.sessionId, () => undefined).catch(() => undefined);
        }),
        // signals sent while the bus was down are gone: catch up every live session by seq
        bus.onStatus((st) => {
          if (st === 'up') for (const id of this.cache.keys()) void this.withSession(id, () => undefined).catch(() => undefined);
        }),
      );
    }
  }

  onCommitted(l: CommittedListener): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }

  /**
   * Run fn with exclusive access to the session on this node (no local commit interleaves).
   * With a bus (several nodes) the state is first caught up with the store.
   */
  withSession<T>(sessionId: string, fn: (loaded: Loaded | null) => Promise<T> | T): Promise<T> {
    const prev = this.queues.get(sessionId) ?? Promise.resolve();
    const run = prev.then(async () => {
      const loaded = await this.load(sessionId);
      if (loaded && this.opts.bus) await this.catchUp(sessionId, loaded);
      return fn(loaded);
    });
    const tail = run.catch(() => undefined);
    this.queues.set(sessionId, tail);
    void tail.then(() => {
      if (this.queues.get(sessionId) === tail) this.queues.delete(sessionId);
    });
    return run;
  }

  /** Apply a client command at most once (by command id); resolves after commit. [SPEC E2, W3] */
  execute(sessionId: string, actor: Actor, commandId: string, command: Command): Promise<ExecuteResult> {
    return this.withSession(sessionId, async (loaded) => {
      if (!loaded) throw new Error('session not loaded');
      const dedup = this.opts.fault !== 'no-dedup';
      if (dedup) {
        const seen = await this.store.events.commandSeq(sessionId, commandId);
        if (seen !== null) return { seq: seen, duplicate: true, events: [] };
      }
      return this.decideAndCommit(sessionId, loaded, dedup ? commandId : null, (state, now) =>
        decide(state, actor, command, { now, seed: this.opts.seed() }),
      );
    });
  }

  /** A participant joins (internal command from the HTTP join route). */
  join(sessionId: string, cmd: JoinCommand): Promise<ExecuteResult> {
    return this.withSession(sessionId, async (loaded) => {
      if (!loaded) throw new Error('session not loaded');
      return this.decideAndCommit(sessionId, loaded, null, (state, now) => decideJoin(state, cmd, now));
    });
  }

  /**
   * Attach an uploaded image to a flipchart (internal command of the upload route). The image
   * id is the command id too, so a retried upload is applied once. [SPEC O7]
   */
  attachImage(sessionId: string, actor: Actor, cmd: AttachImageCommand): Promise<ExecuteResult> {
    return this.withSession(sessionId, async (loaded) => {
      if (!loaded) throw new Error('session not loaded');
      const commandId = `img:${cmd.imageId}`;
      const seen = await this.store.events.commandSeq(sessionId, commandId);
      if (seen !== null) return { seq: seen, duplicate: true, events: [] };
      return this.decideAndCommit(sessionId, loaded, commandId, (state, now) => decideAttachImage(state, actor, cmd, now));
    });
  }

  /**
   * Runs `erase` (which deletes the session's log) with nothing else running on the session,
   * then forgets the cached state, so the erased content is gone from memory too. [SPEC D7]
   */
  erase(sessionId: string, erase: () => Promise<void>): Promise<void> {
    return this.withSession(sessionId, async () => {
      await erase();
      this.forget(sessionId);
      // other nodes forget it too and close its sockets
      void this.opts.bus?.publish(sessionId, ERASED_HEAD).catch(() => undefined);
    });
  }

  /** Listeners told when a session's content is erased, on this node or another one. */
  onErased(l: (sessionId: string) => void): () => void {
    this.erasedListeners.add(l);
    return () => this.erasedListeners.delete(l);
  }

  private forget(sessionId: string): void {
    this.cache.delete(sessionId);
    for (const l of this.erasedListeners) l(sessionId);
  }

  /** Current state and head (from the cache, else snapshot + tail of the log). */
  async load(sessionId: string): Promise<Loaded | null> {
    const cached = this.cache.get(sessionId);
    if (cached) return cached;
    const snap = await this.store.events.loadSnapshot(sessionId);
    const loaded: Loaded = { state: snap?.state ?? emptyState(sessionId), head: snap?.seq ?? 0 };
    await this.readTail(sessionId, loaded);
    if (loaded.head === 0) return null;
    const raced = this.cache.get(sessionId);
    if (raced) return raced;
    this.cache.set(sessionId, loaded);
    return loaded;
  }

  /** With several nodes: catch a live session up with the store (repairs lost bus signals). */
  async refresh(sessionId: string): Promise<void> {
    if (this.opts.bus && this.cache.has(sessionId)) await this.withSession(sessionId, () => undefined);
  }

  /** The cached head of a session, without loading it. */
  peekHead(sessionId: string): number | null {
    return this.cache.get(sessionId)?.head ?? null;
  }

  /** Fold the whole log from the first event, ignoring cache and snapshots (for checks and tests). */
  async rebuild(sessionId: string): Promise<Loaded> {
    const events = await this.store.events.read(sessionId, 0, Number.MAX_SAFE_INTEGER);
    return { state: applyAll(emptyState(sessionId), events), head: events.at(-1)?.seq ?? 0 };
  }

  /** Resolves when no command is running (graceful shutdown). */
  async drain(): Promise<void> {
    while (this.queues.size > 0) await Promise.all([...this.queues.values()]);
  }

  close(): void {
    for (const u of this.unsubscribe) u();
  }

  private async decideAndCommit(
    sessionId: string,
    loaded: Loaded,
    commandId: string | null,
    decideFn: (state: SessionState, now: number) => SessionEvent[],
  ): Promise<ExecuteResult> {
    const deadline = Date.now() + CONFLICT_DEADLINE_MS;
    for (let attempt = 0; ; attempt++) {
      const now = this.opts.now();
      const events = decideFn(loaded.state, now);
      const res = await this.store.events.append(sessionId, commandId, events, now, loaded.head);
      if (res.duplicate) return { seq: res.seq, duplicate: true, events: [] };
      if (!res.conflict) return this.committed(sessionId, loaded, events, res.first, now);
      // another node wrote first: take its events, then decide again on the new state
      if (Date.now() > deadline) throw new Error(`append conflict persisted on ${sessionId}`);
      // after a few lost races, step back a little (jittered) so the nodes stop colliding
      if (attempt >= 2) await new Promise((r) => setTimeout(r, Math.random() * Math.min(50, 2 ** attempt)));
      await this.catchUp(sessionId, loaded);
    }
  }

  private committed(sessionId: string, loaded: Loaded, events: SessionEvent[], first: number, now: number): ExecuteResult {
    const envelopes = events.map((e, i): EventEnvelope => ({ ...e, seq: first + i, at: now }));
    if (envelopes.length === 0) return { seq: loaded.head, duplicate: false, events: [] };
    const prevHead = loaded.head;
    this.advance(sessionId, loaded, envelopes);
    if (Math.floor(loaded.head / this.snapshotEvery) > Math.floor(prevHead / this.snapshotEvery)) {
      void this.store.events.saveSnapshot(sessionId, loaded.head, loaded.state).catch(() => undefined);
    }
    void this.opts.bus?.publish(sessionId, loaded.head).catch(() => undefined);
    return { seq: loaded.head, duplicate: false, events: envelopes };
  }

  /** Read what other nodes appended after our head and pass it on. */
  private async catchUp(sessionId: string, loaded: Loaded): Promise<void> {
    const before = loaded.head;
    const fresh: EventEnvelope[] = [];
    await this.readTail(sessionId, loaded, fresh);
    if (loaded.head > before) this.notify(sessionId, fresh, loaded.state);
  }

  private async readTail(sessionId: string, loaded: Loaded, collect?: EventEnvelope[]): Promise<void> {
    for (;;) {
      const batch = await this.store.events.read(sessionId, loaded.head, 5000);
      if (batch.length === 0) return;
      loaded.state = applyAll(loaded.state, batch);
      loaded.head = batch[batch.length - 1]!.seq;
      collect?.push(...batch);
    }
  }

  private advance(sessionId: string, loaded: Loaded, envelopes: EventEnvelope[]): void {
    let state = loaded.state;
    for (const e of envelopes) state = apply(state, e);
    loaded.state = state;
    loaded.head = envelopes[envelopes.length - 1]!.seq;
    this.notify(sessionId, envelopes, state);
  }

  private notify(sessionId: string, events: EventEnvelope[], state: SessionState): void {
    for (const l of this.listeners) {
      try {
        l(sessionId, events, state);
      } catch {
        // a failing listener must not turn a committed command into an error
      }
    }
  }
}
