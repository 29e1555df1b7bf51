import { apply, applyAll, emptyState } from '../domain/apply.ts';
import type { Command, JoinCommand } from '../domain/commands.ts';
import { decide, decideJoin } from '../domain/decide.ts';
import type { EventEnvelope, SessionEvent } from '../domain/events.ts';
import type { Actor, SessionState } from '../domain/types.ts';
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

export type CommittedListener = (sessionId: string, events: EventEnvelope[], state: SessionState) => void;

export interface EngineOptions {
  now: () => number;
  /** 32-bit seed source for the domain's seeded shuffles */
  seed: () => number;
  /** save a snapshot every this many events */
  snapshotEvery?: number;
}

/**
 * Runs commands against sessions: load state, decide, append in one transaction, apply,
 * then tell listeners (the WebSocket gateway). Commands of one session run one at a time
 * (a promise queue per session), so the cached state always equals the log's head.
 */
export class SessionEngine {
  private readonly cache = new Map<string, Loaded>();
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly listeners = new Set<CommittedListener>();
  private readonly snapshotEvery: number;
  private inFlight = 0;

  constructor(
    private readonly store: Store,
    private readonly opts: EngineOptions,
  ) {
    this.snapshotEvery = opts.snapshotEvery ?? 200;
  }

  onCommitted(l: CommittedListener): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }

  /** Run fn with exclusive access to the session (no commit interleaves). */
  withSession<T>(sessionId: string, fn: (loaded: Loaded | null) => Promise<T> | T): Promise<T> {
    const prev = this.queues.get(sessionId) ?? Promise.resolve();
    const run = prev.then(async () => fn(await this.load(sessionId)));
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
      const seen = await this.store.events.commandSeq(sessionId, commandId);
      if (seen !== null) return { seq: seen, duplicate: true, events: [] };
      const now = this.opts.now();
      const events = decide(loaded.state, actor, command, { now, seed: this.opts.seed() });
      return this.commit(sessionId, loaded, commandId, events, now);
    });
  }

  /** A participant joins (internal command from the HTTP join route). */
  join(sessionId: string, cmd: JoinCommand): Promise<ExecuteResult> {
    return this.withSession(sessionId, async (loaded) => {
      if (!loaded) throw new Error('session not loaded');
      const now = this.opts.now();
      return this.commit(sessionId, loaded, null, decideJoin(loaded.state, cmd, now), now);
    });
  }

  /** Current state and head (from the cache, else snapshot + tail of the log). */
  async load(sessionId: string): Promise<Loaded | null> {
    const cached = this.cache.get(sessionId);
    if (cached) return cached;
    const snap = await this.store.events.loadSnapshot(sessionId);
    let state = snap?.state ?? emptyState(sessionId);
    let head = snap?.seq ?? 0;
    for (;;) {
      const batch = await this.store.events.read(sessionId, head, 5000);
      if (batch.length === 0) break;
      state = applyAll(state, batch);
      head = batch[batch.length - 1]!.seq;
    }
    if (head === 0) return null;
    const loaded = { state, head };
    this.cache.set(sessionId, loaded);
    return loaded;
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

  /** Resolves when no commit is running (graceful shutdown). */
  async drain(): Promise<void> {
    await Promise.all([...this.queues.values()]);
  }

  get busy(): number {
    return this.inFlight;
  }

  private async commit(sessionId: string, loaded: Loaded, commandId: string | null, events: SessionEvent[], now: number): Promise<ExecuteResult> {
    this.inFlight++;
    try {
      const res = await this.store.events.append(sessionId, commandId, events, now);
      if (res.duplicate) return { seq: res.seq, duplicate: true, events: [] };
      if (res.conflict) throw new Error('append conflict without expectedHead');
      const envelopes = events.map((e, i): EventEnvelope => ({ ...e, seq: res.first + i, at: now }));
      let state = loaded.state;
      for (const e of envelopes) state = apply(state, e);
      const prevHead = loaded.head;
      loaded.state = state;
      loaded.head = res.last;
      if (envelopes.length > 0) {
        if (Math.floor(res.last / this.snapshotEvery) > Math.floor(prevHead / this.snapshotEvery)) {
          await this.store.events.saveSnapshot(sessionId, res.last, state);
        }
        for (const l of this.listeners) {
          try {
            l(sessionId, envelopes, state);
          } catch {
            // a failing listener must not turn a committed command into an error
          }
        }
      }
      return { seq: res.last, duplicate: false, events: envelopes };
    } finally {
      this.inFlight--;
    }
  }
}
