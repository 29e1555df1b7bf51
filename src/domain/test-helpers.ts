/**
 * Test helpers for the domain: build session states by running real commands through
 * decide()/decideJoin() and folding the events with apply(). Used only by *.test.ts files.
 */
import { applyAll, emptyState } from './apply.ts';
import type { Command } from './commands.ts';
import { decide, decideJoin } from './decide.ts';
import { isDomainError, type ErrorCode } from './errors.ts';
import type { SessionEvent } from './events.ts';
import { hkdTables } from './hkd-template.ts';
import { offersFromThemes } from './open-space.ts';
import { locationOf } from './rotation.ts';
import type { Actor, Lang, Phase, SessionState } from './types.ts';

export const T0 = 1_700_000_000_000;
export const MIN = 60_000;

export const FAC: Actor = { role: 'facilitator', userId: 'fac-1' };
export const SYSTEM: Actor = { role: 'system' };
export function participant(participantId: string): Actor {
  return { role: 'participant', participantId };
}

/** The session.created event for a café with `tables` template tables. */
export function createdEvent(tables: number, sessionId = 's1'): SessionEvent {
  return {
    type: 'session.created',
    sessionId,
    processId: 'proc-1',
    name: 'Test café',
    lang: 'fi',
    settings: { roundMinutes: 20, showNotesOnScreen: true },
    tables: hkdTables(tables),
  };
}

/** An Open Space (session 2) whose themes on offer are o1…oN (carried) plus the joker. */
export function openSpaceCreated(offers: number, sessionId = 's2'): SessionEvent {
  const carried = Array.from({ length: offers }, (_, i) => ({ id: `t${i + 1}`, name: `Teema ${i + 1}` }));
  return {
    type: 'session.created',
    sessionId,
    processId: 'proc-1',
    name: 'Open Space',
    lang: 'fi',
    settings: { roundMinutes: 20, showNotesOnScreen: true },
    tables: [],
    kind: 'open_space',
    offers: offersFromThemes(
      carried,
      carried.map((_, i) => `o${i + 1}`),
      'joker',
    ),
  };
}

/** An Open Space with participants p1…pN joined, advanced to `phase`. */
export function runOpenSpace(opts: { offers: number; participants: number; phase?: Phase }): SessionSim {
  const sim = new SessionSim(0, { created: openSpaceCreated(opts.offers) });
  for (let i = 0; i < opts.participants; i++) sim.join(pid(i));
  if (opts.phase) sim.advanceTo(opts.phase);
  return sim;
}

/** decide + applyAll: the state after running one command. */
export function exec(state: SessionState, actor: Actor, cmd: Command, now = T0, seed = 1): SessionState {
  return applyAll(state, decide(state, actor, cmd, { now, seed }));
}

/** The error code decide throws, or 'ok' when it returns events. Non-domain errors propagate. */
export function outcome(state: SessionState, actor: Actor, cmd: Command, now = T0, seed = 1): ErrorCode | 'ok' {
  try {
    decide(state, actor, cmd, { now, seed });
    return 'ok';
  } catch (e) {
    if (isDomainError(e)) return e.code;
    throw e;
  }
}

/** Runs `fn` and returns the DomainError code it throws, or 'ok'. */
export function codeOf(fn: () => unknown): ErrorCode | 'ok' {
  try {
    fn();
    return 'ok';
  } catch (e) {
    if (isDomainError(e)) return e.code;
    throw e;
  }
}

/** A session that records every event it applies, so the log can be replayed. */
export class SessionSim {
  state: SessionState;
  readonly events: SessionEvent[] = [];
  now: number;
  seed: number;

  constructor(tables: number, opts: { now?: number; seed?: number; sessionId?: string; created?: SessionEvent } = {}) {
    const sessionId = opts.sessionId ?? 's1';
    this.now = opts.now ?? T0;
    this.seed = opts.seed ?? 1;
    this.state = emptyState(sessionId);
    this.record([opts.created ?? createdEvent(tables, sessionId)]);
  }

  /** Folds events that no command would produce today (robustness of locationOf & co). */
  inject(events: SessionEvent[]): SessionEvent[] {
    return this.record(events);
  }

  private record(events: SessionEvent[]): SessionEvent[] {
    this.events.push(...events);
    this.state = applyAll(this.state, events);
    return events;
  }

  /** Runs a command; throws the DomainError if decide rejects it. */
  run(actor: Actor, cmd: Command, now = this.now): SessionEvent[] {
    return this.record(decide(this.state, actor, cmd, { now, seed: this.seed }));
  }

  fac(cmd: Command, now = this.now): SessionEvent[] {
    return this.run(FAC, cmd, now);
  }

  as(participantId: string, cmd: Command, now = this.now): SessionEvent[] {
    return this.run(participant(participantId), cmd, now);
  }

  join(participantId: string, name: string | null = null, lang: Lang = 'fi', now = this.now): SessionEvent[] {
    return this.record(decideJoin(this.state, { type: 'participant.join', participantId, name, lang }, now));
  }

  /** The error code (or 'ok') the command would give, without applying anything. */
  outcome(actor: Actor, cmd: Command, now = this.now): ErrorCode | 'ok' {
    return outcome(this.state, actor, cmd, now, this.seed);
  }

  /** phase.next until the given phase (and round, for 'round') is reached. */
  advanceTo(phase: Phase, round = 0): this {
    for (let i = 0; i < 20; i++) {
      if (this.state.phase === phase && (phase !== 'round' || this.state.round === round)) return this;
      this.fac({ type: 'phase.next' });
    }
    throw new Error(`could not reach ${phase} ${round}`);
  }

  /** Participant ids in a group (hosts excluded). */
  membersOf(group: number): string[] {
    const hosts = new Set(this.state.tables.map((t) => t.hostId));
    return this.state.participants.filter((p) => p.group === group && !hosts.has(p.id)).map((p) => p.id);
  }
}

export interface RunSessionOptions {
  tables: number;
  participants: number;
  /** the first `hosts` participants host tables t1…t<hosts> (set before the split) */
  hosts?: number;
  /** split into groups in the lobby */
  split?: boolean;
  /** advance with phase.next to this phase (round 0 for 'round') */
  phase?: Phase;
  round?: number;
  seed?: number;
  names?: boolean;
}

/** Participant ids p1…pN. */
export function pid(i: number): string {
  return `p${i + 1}`;
}

/** A café with participants p1…pN joined in the lobby, optional hosts, split and phase. */
export function runSession(opts: RunSessionOptions): SessionSim {
  const sim = new SessionSim(opts.tables, { seed: opts.seed ?? 1 });
  for (let i = 0; i < opts.participants; i++) sim.join(pid(i), opts.names ? `Name ${i + 1}` : null);
  for (let i = 0; i < (opts.hosts ?? 0); i++) sim.fac({ type: 'table.setHost', tableId: `t${i + 1}`, participantId: pid(i) });
  if (opts.split) sim.fac({ type: 'groups.split' });
  if (opts.phase) sim.advanceTo(opts.phase, opts.round ?? 0);
  return sim;
}

/** A non-host participant who sits at `tableId` right now (round/theming), or throws. */
export function memberAt(state: SessionState, tableId: string): string {
  const p = state.participants.find((x) => {
    const loc = locationOf(state, x.id);
    return loc !== null && !loc.asHost && loc.tableId === tableId;
  });
  if (!p) throw new Error(`nobody at ${tableId}`);
  return p.id;
}
