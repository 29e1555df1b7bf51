import { WebSocketServer, type WebSocket } from 'ws';
import { Rooms, healthServer, listen, noteAddedEvent, type NoteCommand } from './baseline-common.ts';

/**
 * Baseline (a): a minimal raw `ws` broadcast server. Same fan-out as the product: serialise the
 * event once (to one Buffer), send the same bytes to every socket of the room, then ack.
 */
const server = healthServer();
const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false, maxPayload: 64 * 1024 });
const rooms = new Rooms<WebSocket>();

server.on('upgrade', (req, socket, head) => {
  const url = new URL(req.url ?? '/', 'http://x');
  if (url.pathname !== '/ws') return socket.destroy();
  const name = url.searchParams.get('room') ?? 'r';
  wss.handleUpgrade(req, socket, head, (ws) => {
    const room = rooms.join(name, ws);
    ws.send(`{"t":"welcome","head":${room.head}}`);
    ws.on('message', (data: Buffer) => {
      const f = JSON.parse(data.toString()) as NoteCommand | { t: 'time'; c: number };
      // event-loop probe, as the product answers it
      if (f.t === 'time') return ws.send(`{"t":"time","c":${f.c},"s":${Date.now()}}`);
      if (f.t !== 'cmd') return;
      const seq = ++room.head;
      const bytes = Buffer.from(JSON.stringify({ t: 'events', events: [noteAddedEvent(f, seq, Date.now())] }));
      for (const c of room.members) if (c.readyState === c.OPEN) c.send(bytes, { binary: false });
      ws.send(`{"t":"ack","id":"${f.id}","seq":${seq}}`);
    });
    ws.on('close', () => rooms.leave(name, ws));
    ws.on('error', () => undefined);
  });
});

listen(server);
