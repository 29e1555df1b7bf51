// Malformed WebSocket frames: each is sent on a socket that has said hello (and a few before
// hello); the server must answer with an error frame and close with the documented code (4400
// bad frame, 4401 before hello; 1009/1007 from the ws library for frames over 64 KiB or invalid
// UTF-8), change nothing, and keep serving.
import { CLOSE, MAX_CLIENT_FRAME_BYTES } from '../../src/protocol/frames.ts';
import { connect, WsProbe, type TestServer } from '../support/test-server.ts';
import type { Failures } from './fuzz-http.ts';
import { sample } from './fuzz-strings.ts';
import { FuzzSocket } from './fuzz-ws.ts';

type Frame = string | Buffer | { text: Buffer };

/** Frames a client may never send; `code` is the close code expected. */
export function badFrames(): [string, Frame, number][] {
  const id = 'abcdefgh12';
  const cmd = (c: string) => `{"t":"cmd","id":"${id}","cmd":${c}}`;
  const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
  const bad = CLOSE.badFrame;
  return [
    ['not JSON', 'hello', bad],
    ['truncated JSON', '{"t":"cmd","id":', bad],
    ['{"a":', '{"a":', bad],
    ['an empty frame', '', bad],
    ['null', 'null', bad],
    ['a number', '42', bad],
    ['a string', '"cmd"', bad],
    ['an array', '[{"t":"sync","lastSeq":0}]', bad],
    ['nesting 4 000 deep (under the 8 KiB limit)', deep(4000), bad],
    ['a field nested 3 000 deep', cmd(`{"type":"note.add","noteId":"${id}","text":${deep(3000)}}`), bad],
    ['objects nested 1 300 deep', `${'{"a":'.repeat(1300)}1${'}'.repeat(1300)}`, bad],
    ['a binary frame', Buffer.from([0x7b, 0x7d]), bad],
    ['a frame just over 8 KiB', cmd(`{"type":"note.add","noteId":"${id}","text":"${'x'.repeat(MAX_CLIENT_FRAME_BYTES)}"}`), bad],
    ['a frame over 64 KiB (ws limit)', cmd(`{"type":"note.add","noteId":"${id}","text":"${'x'.repeat(70 * 1024)}"}`), 1009],
    ['invalid UTF-8 in a text frame', { text: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]) }, 1007],
    ['missing t', '{"id":"abcdefgh12"}', bad],
    ['missing cmd', `{"t":"cmd","id":"${id}"}`, bad],
    ['missing command type', cmd('{"text":"x"}'), bad],
    ['missing note text', cmd(`{"type":"note.add","noteId":"${id}"}`), bad],
    ['text as a number', cmd(`{"type":"note.add","noteId":"${id}","text":5}`), bad],
    ['text as an array', cmd(`{"type":"note.add","noteId":"${id}","text":["x"]}`), bad],
    ['text as an object', cmd(`{"type":"note.add","noteId":"${id}","text":{"toString":"x"}}`), bad],
    ['text null', cmd(`{"type":"note.add","noteId":"${id}","text":null}`), bad],
    ['confirmPrivacy as a string', cmd(`{"type":"note.add","noteId":"${id}","text":"x","confirmPrivacy":"yes"}`), bad],
    ['id as a number', `{"t":"cmd","id":12345678,"cmd":{"type":"phase.next"}}`, bad],
    ['a bad id', `{"t":"cmd","id":"../../etc","cmd":{"type":"phase.next"}}`, bad],
    ['sync with a negative seq', '{"t":"sync","lastSeq":-1}', bad],
    ['sync with a huge seq', '{"t":"sync","lastSeq":1e400}', bad],
    ['time with a string', '{"t":"time","c":"now"}', bad],
    ['__proto__ on the frame', `{"__proto__":{"t":"cmd"},"t":"cmd","id":"${id}","cmd":{"type":"phase.next"}}`, bad],
    ['__proto__ in a command', cmd(`{"type":"note.add","noteId":"${id}","text":"x","__proto__":{"isAdmin":true}}`), bad],
    [
      'constructor.prototype in a command',
      cmd(`{"type":"note.add","noteId":"${id}","text":"x","constructor":{"prototype":{"isAdmin":true}}}`),
      bad,
    ],
    ['__proto__ as the command type', cmd('{"type":"__proto__"}'), bad],
    ['constructor as the command type', cmd('{"type":"constructor"}'), bad],
    ['toString as the frame type', '{"t":"toString"}', bad],
    ['__proto__ inside texts', cmd(`{"type":"table.update","tableId":"t1","title":{"fi":"a","sv":"b","en":"c","__proto__":{"x":1}}}`), bad],
    ['a second hello', '{"t":"hello","v":1,"sessionId":"x","lastSeq":0,"as":"facilitator"}', bad],
  ];
}

async function sendFrame(p: WsProbe, frame: Frame): Promise<void> {
  if (Buffer.isBuffer(frame)) p.ws.send(frame, { binary: true });
  else if (typeof frame === 'string') p.ws.send(frame);
  else p.ws.send(frame.text, { binary: false });
}

/** Each bad frame on a fresh socket after hello; then pollution and health checks. */
export async function fuzzFrames(s: TestServer, sessionId: string, token: string, f: Failures): Promise<void> {
  const head = () => s.app.deps.store.events.head(sessionId);
  for (const [name, frame, code] of badFrames()) {
    f.tries++;
    const p = await connect(s, { sessionId, as: 'participant', token, lastSeq: await head() });
    const before = await head();
    const from = p.frames.length;
    await sendFrame(p, frame);
    const closed = await p.waitClose().catch(() => null);
    if (!closed) f.add(`frame ${name}: not closed`);
    else if (closed.code !== code) f.add(`frame ${name}: closed ${closed.code}, expected ${code}`);
    if (code === CLOSE.badFrame && !p.frames.slice(from).some((x) => x.t === 'err' && x.code === 'bad_frame')) {
      f.add(`frame ${name}: no bad_frame error before the close`);
    }
    if ((await head()) !== before) f.add(`frame ${name}: the session changed`);
  }
  // before hello: bad frames close with 4400, commands with 4401
  for (const [name, frame, code] of [
    ['not JSON before hello', 'x', CLOSE.badFrame],
    ['a command before hello', '{"t":"cmd","id":"abcdefgh12","cmd":{"type":"phase.next"}}', CLOSE.unauthenticated],
  ] as const) {
    f.tries++;
    const p = await WsProbe.open(s);
    p.ws.send(frame);
    const closed = await p.waitClose().catch(() => null);
    if (closed?.code !== code) f.add(`${name}: closed ${JSON.stringify(closed)}, expected ${code}`);
  }
  // naughty strings as the session id and token of hello: refused, never a crash
  for (const x of sample(20)) {
    for (const hello of [
      { t: 'hello', v: 1, sessionId: x, lastSeq: 0, as: 'participant', token },
      { t: 'hello', v: 1, sessionId, lastSeq: 0, as: 'participant', token: x.padEnd(16, '.') },
    ]) {
      f.tries++;
      const p = await WsProbe.open(s);
      p.send(hello);
      const closed = await p.waitClose().catch(() => null);
      const ok = [CLOSE.badFrame, CLOSE.unauthenticated, CLOSE.notFound] as number[];
      if (!closed || !ok.includes(closed.code)) f.add(`hello ${JSON.stringify(hello).slice(0, 100)}: ${JSON.stringify(closed)}`);
    }
  }
  // naughty strings as ids: well-formed ones reach the domain (which refuses: lobby, wrong kind), others are bad frames
  const sock = new FuzzSocket(s, sessionId, { as: 'participant', token });
  for (const x of sample(20)) {
    for (const [cmd, re, domain] of [
      [{ type: 'note.add', noteId: x, text: 'x' }, /^[A-Za-z0-9_-]{8,64}$/, 'wrong_phase'],
      [{ type: 'flip.add', itemId: 'abcdefgh12', groupId: x, kind: 'text', text: 'x' }, /^[A-Za-z0-9_-]{1,80}$/, 'wrong_kind'],
    ] as const) {
      f.tries++;
      const before = await head();
      const out = await sock.command(cmd);
      const want = re.test(x) ? { kind: 'err', code: domain } : { kind: 'closed', code: CLOSE.badFrame };
      if (out.kind !== want.kind || ('code' in out ? out.code : null) !== want.code)
        f.add(`${cmd.type} id ${JSON.stringify(x)}: ${JSON.stringify(out)}`);
      if ((await head()) !== before) f.add(`${cmd.type} id ${JSON.stringify(x)}: the session changed`);
    }
  }
  sock.close();
  const probe = {} as Record<string, unknown>;
  if (probe.isAdmin !== undefined || probe.x !== undefined || Object.keys(Object.prototype).length > 0) {
    f.add('Object.prototype was polluted');
  }
}
