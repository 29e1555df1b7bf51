import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { EventEnvelope } from '../src/domain/events.ts';

/**
 * What both baselines do for a note, kept as small as a real server could be: take the command
 * (already parsed), build the same `note.added` envelope the product builds (same fields, ids
 * of the same length), give it the room's next seq, serialise once and send to the whole room,
 * then ack the sender. No validation, no storage, no auth: the floor the product is measured on.
 */
export interface NoteCommand {
  t: 'cmd';
  id: string;
  cmd: { type: 'note.add'; noteId: string; text: string };
}

/** Same shape and id lengths as the product's ids (newId(): 16 base64url chars; tables t1…t8). */
const AUTHOR_ID = 'Qm9yZWFsaXNtMDAx';

export function noteAddedEvent(c: NoteCommand, seq: number, now: number): EventEnvelope {
  return {
    type: 'note.added',
    note: {
      id: c.cmd.noteId,
      tableId: 't1',
      round: 0,
      group: 0,
      authorId: AUTHOR_ID,
      text: c.cmd.text.trim(),
      themeId: null,
      important: false,
      createdAt: now,
      flags: [],
    },
    seq,
    at: now,
  };
}

/** Rooms hold a head seq like a session does. */
export class Rooms<C> {
  private readonly rooms = new Map<string, { members: Set<C>; head: number }>();

  join(name: string, c: C): { members: Set<C>; head: number } {
    let r = this.rooms.get(name);
    if (!r) this.rooms.set(name, (r = { members: new Set(), head: 0 }));
    r.members.add(c);
    return r;
  }

  leave(name: string, c: C): void {
    const r = this.rooms.get(name);
    r?.members.delete(c);
    if (r && r.members.size === 0) this.rooms.delete(name);
  }
}

/** An HTTP server with /healthz, listening on PORT (127.0.0.1). */
export function healthServer(): Server {
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.url === '/healthz') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      return;
    }
    res.writeHead(404).end();
  });
}

export function listen(server: Server): void {
  const port = Number(process.env.PORT ?? 0);
  server.listen(port, process.env.HOST ?? '127.0.0.1');
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  setTimeout(() => process.exit(0), 3_600_000).unref();
}
