import net from 'node:net';
import tls from 'node:tls';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { LogMailer, MemoryMailer, DisabledMailer, SmtpMailer, createMailer } from './mail.ts';
import { buildMessage, encodeHeader } from './mail-smtp.ts';

/** A self-signed certificate for localhost/127.0.0.1, made for this test only (EC P-256, 100 years). */
const TEST_KEY = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgih25JtxhomHYC1HF
iEcDv9GsrmNL2j18gbpuwGpRYL2hRANCAAQ2pJYXIC9ONlfFPWHQ7KnayqZFpg/r
qQ/P815RLD60i0of5v0VUm9Ijc73O08RWhERkXZSRyNR8SXL5pxx+EMM
-----END PRIVATE KEY-----`;
const TEST_CERT = `-----BEGIN CERTIFICATE-----
MIIBnDCCAUGgAwIBAgIUVP38BcQuAjOCph9+LsJFcepEZwkwCgYIKoZIzj0EAwIw
FDESMBAGA1UEAwwJbG9jYWxob3N0MCAXDTI2MTIwMTA2MzczMloYDzIxMjYxMTA3
MDYzNzMyWjAUMRIwEAYDVQQDDAlsb2NhbGhvc3QwWTATBgcqhkjOPQIBBggqhkjO
PQMBBwNCAAQ2pJYXIC9ONlfFPWHQ7KnayqZFpg/rqQ/P815RLD60i0of5v0VUm9I
jc73O08RWhERkXZSRyNR8SXL5pxx+EMMo28wbTAdBgNVHQ4EFgQUkRXHJRrTOWf5
nb1mZlcAu5fJ3Y4wHwYDVR0jBBgwFoAUkRXHJRrTOWf5nb1mZlcAu5fJ3Y4wDwYD
VR0TAQH/BAUwAwEB/zAaBgNVHREEEzARgglsb2NhbGhvc3SHBH8AAAEwCgYIKoZI
zj0EAwIDSQAwRgIhAKvH9f3Bp2U9f9zAmiosDkxgVuc8cq+P5H2Wjdl1VRVMAiEA
2MNz6RZXy4b/9r7b2NaYOrIUnyG3iD3f2KZBKjb8w3I=
-----END CERTIFICATE-----`;

interface Received {
  from: string;
  to: string[];
  data: string;
  auth: string | null;
  tls: boolean;
}

/** A tiny SMTP server: EHLO, optional STARTTLS, AUTH PLAIN, MAIL, RCPT (refuses *@refused.fi), DATA, QUIT. */
function smtpServer(o: { starttls?: boolean; implicitTls?: boolean; user?: string; pass?: string }) {
  const got: Received[] = [];
  const transcript: string[] = [];
  const handle = (sock: net.Socket, secure: boolean) => {
    let buf = '';
    let inData = false;
    let cur: Received = { from: '', to: [], data: '', auth: null, tls: secure };
    const say = (l: string) => sock.write(`${l}\r\n`);
    const onData = (d: Buffer) => {
      buf += d.toString('utf8');
      for (let i = buf.indexOf('\r\n'); i >= 0; i = buf.indexOf('\r\n')) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            got.push(cur);
            cur = { from: '', to: [], data: '', auth: cur.auth, tls: secure };
            say('250 2.0.0 queued');
          } else cur.data += `${line.startsWith('..') ? line.slice(1) : line}\r\n`;
          continue;
        }
        transcript.push(line.startsWith('AUTH') ? 'AUTH PLAIN ***' : line);
        const [verb = ''] = line.split(' ');
        if (verb === 'EHLO') {
          const ext = [...(o.starttls && !secure ? ['STARTTLS'] : []), 'AUTH PLAIN LOGIN', '8BITMIME'];
          say(`250-test.local greets you`);
          ext.forEach((e, k) => say(`250${k === ext.length - 1 ? ' ' : '-'}${e}`));
        } else if (verb === 'STARTTLS') {
          say('220 2.0.0 ready');
          sock.off('data', onData);
          const t = new tls.TLSSocket(sock, { isServer: true, key: TEST_KEY, cert: TEST_CERT });
          handle(t, true);
          return;
        } else if (verb === 'AUTH') {
          const [, user, pass] = Buffer.from(line.split(' ')[2] ?? '', 'base64')
            .toString()
            .split('\0');
          cur.auth = user ?? null;
          say(user === o.user && pass === o.pass ? '235 2.7.0 ok' : '535 5.7.8 bad credentials');
        } else if (verb === 'MAIL') {
          cur.from = line.slice(10);
          say('250 ok');
        } else if (verb === 'RCPT') {
          const to = line.slice(8);
          if (to.includes('@refused.fi')) say('550 5.1.1 no such user');
          else say((cur.to.push(to), '250 ok'));
        } else if (verb === 'DATA') {
          inData = true;
          say('354 go ahead');
        } else if (verb === 'QUIT') {
          say('221 bye');
          sock.end();
        } else say('502 not implemented');
      }
    };
    sock.on('data', onData);
    sock.on('error', () => undefined);
  };
  const server = o.implicitTls
    ? tls.createServer({ key: TEST_KEY, cert: TEST_CERT }, (s) => (s.write('220 test.local ESMTP\r\n'), handle(s, true)))
    : net.createServer((s) => (s.write('220 test.local ESMTP\r\n'), handle(s, false)));
  return new Promise<{ port: number; got: Received[]; transcript: string[]; close: () => Promise<void> }>((res) =>
    server.listen(0, '127.0.0.1', () =>
      res({
        port: (server.address() as net.AddressInfo).port,
        got,
        transcript,
        close: () => new Promise((r) => server.close(() => r())),
      }),
    ),
  );
}

const servers: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});
const start = async (o: Parameters<typeof smtpServer>[0]) => {
  const s = await smtpServer(o);
  servers.push(s);
  return s;
};
const trustTest = { ca: TEST_CERT };
const MAIL = {
  to: 'aino@kunta.fi',
  subject: 'Vuoropuhe: salasanan vaihto – äö',
  text: 'Hei,\n.piste rivin alussa\nhttps://x/fi/reset-password#abc\n',
};
const bodyOf = (data: string) => Buffer.from(data.split('\r\n\r\n')[1]!.replace(/\r\n/g, ''), 'base64').toString('utf8');

describe('SmtpMailer against a real SMTP server on a socket', () => {
  it('plain relay without credentials: EHLO, MAIL, RCPT, DATA, QUIT; UTF-8 body and subject survive', async () => {
    const s = await start({});
    await new SmtpMailer({ url: `smtp://127.0.0.1:${s.port}`, from: 'Vuoropuhe <no-reply@kunta.fi>', clientName: 'vp' }).send(MAIL);
    expect(s.transcript).toEqual(['EHLO vp', 'MAIL FROM:<no-reply@kunta.fi>', 'RCPT TO:<aino@kunta.fi>', 'DATA', 'QUIT']);
    const m = s.got[0]!;
    expect(m.to).toEqual(['<aino@kunta.fi>']);
    expect(m.data).toMatch(/^From: Vuoropuhe <no-reply@kunta\.fi>\r\nTo: aino@kunta\.fi\r\nSubject: =\?UTF-8\?B\?/);
    expect(m.data).toContain('Content-Type: text/plain; charset=utf-8');
    expect(bodyOf(m.data)).toBe(MAIL.text.replace(/\n/g, '\r\n'));
  });

  it('STARTTLS when offered, then AUTH PLAIN over TLS', async () => {
    const s = await start({ starttls: true, user: 'vp', pass: 'sala:sana@1' });
    const url = `smtp://vp:${encodeURIComponent('sala:sana@1')}@localhost:${s.port}`;
    await new SmtpMailer({ url, from: 'no-reply@kunta.fi', tls: trustTest, clientName: 'vp' }).send(MAIL);
    expect(s.transcript).toEqual([
      'EHLO vp',
      'STARTTLS',
      'EHLO vp',
      'AUTH PLAIN ***',
      'MAIL FROM:<no-reply@kunta.fi>',
      'RCPT TO:<aino@kunta.fi>',
      'DATA',
      'QUIT',
    ]);
    expect(s.got[0]).toMatchObject({ tls: true, auth: 'vp' });
  });

  it('smtps:// (implicit TLS) with credentials', async () => {
    const s = await start({ implicitTls: true, user: 'vp', pass: 'pw' });
    await new SmtpMailer({ url: `smtps://vp:pw@localhost:${s.port}`, from: 'no-reply@kunta.fi', tls: trustTest }).send(MAIL);
    expect(s.got[0]).toMatchObject({ tls: true, auth: 'vp' });
  });

  it('never sends a password without TLS, and refuses an untrusted certificate', async () => {
    const plain = await start({ user: 'vp', pass: 'pw' });
    await expect(new SmtpMailer({ url: `smtp://vp:pw@127.0.0.1:${plain.port}`, from: 'a@kunta.fi' }).send(MAIL)).rejects.toThrow(/no TLS/);
    expect(plain.transcript.some((l) => l.startsWith('AUTH'))).toBe(false);
    const tlsS = await start({ starttls: true, user: 'vp', pass: 'pw' });
    await expect(new SmtpMailer({ url: `smtp://vp:pw@localhost:${tlsS.port}`, from: 'a@kunta.fi' }).send(MAIL)).rejects.toThrow(
      /certificate/i,
    );
    expect(tlsS.got).toHaveLength(0);
  });

  it('wrong credentials, a refused recipient and a dead server are errors', async () => {
    const s = await start({ starttls: true, user: 'vp', pass: 'pw' });
    const mk = (url: string) => new SmtpMailer({ url, from: 'a@kunta.fi', tls: trustTest, timeoutMs: 2000 });
    await expect(mk(`smtp://vp:nope@localhost:${s.port}`).send(MAIL)).rejects.toThrow(/535/);
    await expect(mk(`smtp://vp:pw@localhost:${s.port}`).send({ ...MAIL, to: 'x@refused.fi' })).rejects.toThrow(/550/);
    expect(s.got).toHaveLength(0);
    const dead = await start({});
    const port = dead.port;
    await dead.close();
    servers.pop();
    await expect(mk(`smtp://127.0.0.1:${port}`).send(MAIL)).rejects.toThrow(/ECONNREFUSED/);
  });

  it('a server that offers STARTTLS but never answers the handshake times out', async () => {
    const mute = net.createServer((sock) => {
      sock.write('220 x\r\n');
      sock.on('data', (d) =>
        sock.write(d.toString().startsWith('EHLO') ? '250-x\r\n250 STARTTLS\r\n' : d.toString().startsWith('STARTTLS') ? '220 go\r\n' : ''),
      );
      sock.on('error', () => undefined);
    });
    await new Promise<void>((r) => mute.listen(0, '127.0.0.1', () => r()));
    servers.push({ close: () => new Promise((r) => mute.close(() => r())) });
    const port = (mute.address() as net.AddressInfo).port;
    const t0 = Date.now();
    await expect(new SmtpMailer({ url: `smtp://127.0.0.1:${port}`, from: 'a@kunta.fi', timeoutMs: 300 }).send(MAIL)).rejects.toThrow(
      /timeout/,
    );
    expect(Date.now() - t0).toBeLessThan(3000);
  });
});

describe('message building and mailer choice', () => {
  it('refuses header injection and bad addresses', () => {
    expect(() => buildMessage('a@kunta.fi', { ...MAIL, subject: 'x\r\nBcc: evil@x' })).toThrow();
    expect(() => buildMessage('a@kunta.fi', { ...MAIL, to: 'a@kunta.fi\r\nBcc: evil@x' })).toThrow();
    expect(() => buildMessage('not an address', MAIL)).toThrow(/MAIL_FROM/);
    expect(encodeHeader('plain')).toBe('plain');
    const long = encodeHeader('ä'.repeat(100));
    expect(long.split('\r\n ').every((w) => w.length <= 75)).toBe(true);
  });

  it('MAIL_MODE: log in development, disabled in production unless asked, smtp with SMTP_URL', async () => {
    const lines: string[] = [];
    const log = pino({ level: 'info' }, { write: (l: string) => void lines.push(l) });
    expect(createMailer({ production: false }, log)).toBeInstanceOf(LogMailer);
    expect(createMailer({ production: true }, log)).toBeInstanceOf(DisabledMailer);
    expect(createMailer({ production: true, mode: 'log' }, log)).toBeInstanceOf(LogMailer);
    expect(createMailer({ production: true, smtpUrl: 'smtp://x', from: 'a@b.fi' }, log)).toBeInstanceOf(SmtpMailer);
    expect(() => createMailer({ production: true, mode: 'smtp' }, log)).toThrow(/SMTP_URL/);
    await new LogMailer(log).send(MAIL);
    await new DisabledMailer(log).send(MAIL);
    expect(lines[0]).toContain('reset-password#abc');
    expect(lines[1]).not.toContain('reset-password');
    const mem = new MemoryMailer();
    await mem.send(MAIL);
    expect(mem.sent).toEqual([MAIL]);
  });
});
