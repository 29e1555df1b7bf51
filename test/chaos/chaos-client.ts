import WebSocket from 'ws';

/** What a phone does, minus the screen: outbox, resend with the same id, reconnect to any node. */
export class ChaosClient {
  readonly acked = new Set<string>();
  /** command id → note id, not yet acked */
  readonly outbox = new Map<string, { noteId: string; text: string }>();
  /** note ids this client's folded view holds */
  readonly seen = new Set<string>();
  /** commands the server refused (a correct server refuses none of these) */
  readonly refused: { id: string; code: string }[] = [];
  /** a resend answered as if it were a new command */
  duplicateAnswers = 0;
  lastSeq = 0;
  recoveries: number[] = [];
  private ws: WebSocket | null = null;
  private online = false;
  private lostAt: number | null = null;
  private stopped = false;
  private portIndex: number;
  private attempt = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly ports: () => number[],
    private readonly sessionId: string,
    private readonly token: string,
    start: number,
    private readonly origin: (port: number) => string,
  ) {
    this.portIndex = start;
  }

  connect(): void {
    if (this.stopped) return;
    const ports = this.ports();
    const port = ports[this.portIndex % ports.length]!;
    const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`, { origin: this.origin(port) });
    this.ws = ws;
    ws.on('open', () =>
      ws.send(JSON.stringify({ t: 'hello', v: 1, sessionId: this.sessionId, lastSeq: this.lastSeq, as: 'participant', token: this.token })),
    );
    ws.on('message', (d) => this.receive(JSON.parse(d.toString()) as Record<string, unknown>));
    ws.on('error', () => undefined);
    ws.on('close', () => {
      if (ws !== this.ws) return;
      this.online = false;
      this.lostAt ??= Date.now();
      this.ws = null;
      if (this.stopped) return;
      this.portIndex++; // any live node will do
      const delay = Math.min(1000, 50 * 2 ** this.attempt) * (0.5 + Math.random() / 2);
      this.attempt++;
      this.timer = setTimeout(() => this.connect(), delay);
    });
  }

  /** Write a note; with `duplicate`, the same command is sent twice (a retry after a timeout). */
  write(noteId: string, text: string, cmdId: string, duplicate: boolean): void {
    this.outbox.set(cmdId, { noteId, text });
    this.send(cmdId);
    if (duplicate) this.send(cmdId); // the same frame twice, as a retry racing the first try
  }

  get pending(): number {
    return this.outbox.size;
  }

  get isOnline(): boolean {
    return this.online;
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.ws?.close();
  }

  private send(cmdId: string): void {
    const n = this.outbox.get(cmdId);
    if (!n || !this.online || !this.ws) return;
    this.ws.send(JSON.stringify({ t: 'cmd', id: cmdId, cmd: { type: 'note.add', noteId: n.noteId, text: n.text } }));
  }

  private receive(f: Record<string, unknown>): void {
    switch (f.t) {
      case 'welcome':
        this.online = true;
        this.attempt = 0;
        if (this.lostAt !== null) this.recoveries.push(Date.now() - this.lostAt);
        this.lostAt = null;
        for (const id of this.outbox.keys()) this.send(id);
        return;
      case 'events':
        for (const e of f.events as { seq: number; type: string; note?: { id: string } }[]) {
          if (e.seq <= this.lastSeq) continue;
          if (e.seq !== this.lastSeq + 1) {
            this.ws?.send(JSON.stringify({ t: 'sync', lastSeq: this.lastSeq }));
            return;
          }
          this.lastSeq = e.seq;
          if (e.type === 'note.added') this.seen.add(e.note!.id);
        }
        return;
      case 'snapshot':
        this.lastSeq = f.seq as number;
        this.seen.clear();
        for (const n of (f.state as { notes: { id: string }[] }).notes) this.seen.add(n.id);
        return;
      case 'hb':
        if ((f.head as number) > this.lastSeq) this.ws?.send(JSON.stringify({ t: 'sync', lastSeq: this.lastSeq }));
        return;
      case 'ack': {
        const n = this.outbox.get(f.id as string);
        if (n) {
          this.outbox.delete(f.id as string);
          this.acked.add(n.noteId);
        }
        return;
      }
      case 'err': {
        const id = f.id as string | null;
        if (id === null) return;
        if (f.code === 'rate_limited' || f.code === 'internal') {
          setTimeout(() => this.send(id), 200); // try again later, same id
          return;
        }
        // id_taken: the server treated a resend of an applied command as a new one
        if (f.code === 'id_taken') this.duplicateAnswers++;
        else this.refused.push({ id, code: String(f.code) });
        this.outbox.delete(id);
        return;
      }
    }
  }
}
