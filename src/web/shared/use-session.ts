import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { applyAll, emptyState } from '../../domain/apply.ts';
import type { Command } from '../../domain/commands.ts';
import type { SessionState } from '../../domain/types.ts';
import type { Role } from '../../protocol/frames.ts';
import { Connection, type ConnStatus, type PendingCommand, type Welcome } from './connection.ts';

export interface LiveSession {
  state: SessionState | null;
  status: ConnStatus;
  welcome: Welcome | null;
  /** commands by id with their latest status (sending / saved / failed) */
  commands: Map<string, PendingCommand>;
  send(cmd: Command, id?: string): PendingCommand;
  discard(id: string): void;
  serverNow(): number;
  fatal: number | null;
  /** facilitator only: participant ids with a live connection, and the number of projectors */
  presence: { online: Set<string>; screens: number };
  conn: Connection;
}

/** Connects to a session and keeps its state by folding events with the domain's apply(). */
export function useSession(opts: { sessionId: string; as: Role; token?: string; persistKey?: string }): LiveSession {
  const [state, setState] = useState<SessionState | null>(null);
  const [status, setStatus] = useState<ConnStatus>('connecting');
  const [welcome, setWelcome] = useState<Welcome | null>(null);
  const [commands, setCommands] = useState<Map<string, PendingCommand>>(() => new Map());
  const [fatal, setFatal] = useState<number | null>(null);
  const [presence, setPresence] = useState<{ online: Set<string>; screens: number }>(() => ({ online: new Set(), screens: 0 }));
  const stateRef = useRef<SessionState | null>(null);

  const conn = useMemo(
    () =>
      new Connection(opts, {
        onEvents(events) {
          // the first events of a session (from seq 1: session.created…) fold onto emptyState
          const base = stateRef.current ?? emptyState(opts.sessionId);
          stateRef.current = applyAll(base, events);
          setState(stateRef.current);
        },
        onSnapshot(_seq, s) {
          stateRef.current = s;
          setState(s);
        },
        onWelcome: setWelcome,
        onStatus: setStatus,
        onCommand(p) {
          setCommands((m) => new Map(m).set(p.id, p));
        },
        onFatal: setFatal,
        onPresence(p) {
          setPresence({ online: new Set(p.online), screens: p.screens });
        },
      }),
    [opts.sessionId, opts.as, opts.token],
  );

  useEffect(() => {
    for (const p of conn.pending()) setCommands((m) => new Map(m).set(p.id, p));
    conn.start();
    (window as unknown as { __vpConn?: Connection }).__vpConn = conn;
    return () => conn.stop();
  }, [conn]);

  return {
    state,
    status,
    welcome,
    commands,
    send: (cmd, id) => conn.send(cmd, id),
    discard: (id) => {
      conn.discard(id);
      setCommands((m) => {
        const n = new Map(m);
        n.delete(id);
        return n;
      });
    },
    serverNow: () => conn.serverNow(),
    fatal,
    presence,
    conn,
  };
}

/** Re-render every second (for countdowns). */
export function useTick(ms = 1000): number {
  const [t, setT] = useState(Date.now());
  useEffect(() => {
    const h = setInterval(() => setT(Date.now()), ms);
    return () => clearInterval(h);
  }, [ms]);
  return t;
}
