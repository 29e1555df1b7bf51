import { Server, type Socket } from 'socket.io';
import { Rooms, healthServer, listen, noteAddedEvent, type NoteCommand } from './baseline-common.ts';

/**
 * Baseline (b): a minimal Socket.IO server, websocket transport only, no compression. The room
 * broadcast is Socket.IO's own (`io.to(room).emit`: encoded once for the room).
 */
const server = healthServer();
const io = new Server(server, { transports: ['websocket'], perMessageDeflate: false, httpCompression: false, serveClient: false });
const rooms = new Rooms<Socket>();

io.on('connection', (socket) => {
  const q = socket.handshake.query.room;
  const name = typeof q === 'string' ? q : 'r';
  const room = rooms.join(name, socket);
  void socket.join(name);
  socket.emit('welcome', { head: room.head });
  socket.on('cmd', (f: NoteCommand) => {
    if (f.t !== 'cmd') return;
    const seq = ++room.head;
    io.to(name).emit('events', { t: 'events', events: [noteAddedEvent(f, seq, Date.now())] });
    socket.emit('ack', { t: 'ack', id: f.id, seq });
  });
  socket.on('disconnect', () => rooms.leave(name, socket));
});

listen(server);
