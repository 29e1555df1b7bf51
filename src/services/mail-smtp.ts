import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { hostname } from 'node:os';
import tls from 'node:tls';

/**
 * A minimal SMTP client (RFC 5321) for account mail: one message per connection, EHLO, STARTTLS
 * when offered (or implicit TLS with smtps://), AUTH PLAIN only over TLS, MAIL/RCPT/DATA/QUIT.
 * Written here because the project adds no mail package; tested against a small server in
 * mail.test.ts. The body goes base64 in UTF-8, so no 8BITMIME or dot-stuffing is needed.
 */
export interface SmtpOptions {
  /** smtp://[user:pass@]host[:port] (STARTTLS if offered; 587 default) or smtps://…[:465] */
  url: string;
  /** "Name <address>" or an address */
  from: string;
  /** extra TLS options (tests trust their own CA) */
  tls?: tls.ConnectionOptions;
  timeoutMs?: number;
  /** the name we give in EHLO */
  clientName?: string;
}

interface Reply {
  code: number;
  text: string;
}

const ADDRESS = /^[^\s<>@,;:"]+@[^\s<>@,;:"]+$/;

/** A reply reader over a socket that can be swapped for its TLS wrapper mid-session. */
class Conn {
  private buf = '';
  private waiter: ((r: Reply | Error) => void) | null = null;
  private failed: Error | null = null;
  private readonly onData = (d: Buffer) => {
    this.buf += d.toString('utf8');
    this.pump();
  };
  private readonly onError = (e: Error) => this.fail(e);
  private readonly onClose = () => this.fail(new Error('SMTP connection closed'));

  constructor(
    public sock: net.Socket,
    private readonly timeoutMs: number,
  ) {
    this.attach(sock);
  }

  attach(sock: net.Socket): void {
    this.sock = sock;
    sock.setTimeout(this.timeoutMs, () => sock.destroy(new Error('SMTP timeout')));
    sock.on('data', this.onData).on('error', this.onError).on('close', this.onClose);
  }

  detach(): net.Socket {
    this.sock.off('data', this.onData).off('error', this.onError).off('close', this.onClose);
    this.sock.setTimeout(0);
    return this.sock;
  }

  /** Sends a line (or nothing) and waits for the reply; throws unless its code is expected. */
  async cmd(line: string | null, ...expect: number[]): Promise<Reply> {
    if (this.failed) throw this.failed;
    const r = new Promise<Reply | Error>((res) => (this.waiter = res));
    if (line !== null) this.sock.write(`${line}\r\n`);
    this.pump();
    const got = await r;
    if (got instanceof Error) throw got;
    if (!expect.includes(got.code)) throw new Error(`SMTP ${line?.split(' ')[0] ?? 'greeting'} refused: ${got.code} ${got.text}`);
    return got;
  }

  private pump(): void {
    if (!this.waiter) return;
    // a reply is complete at its last line: "250 text" (continuation lines are "250-text")
    const lines = this.buf.split('\r\n');
    for (let i = 0; i < lines.length - 1; i++) {
      const l = lines[i]!;
      if (l.length === 3 || l[3] === ' ') {
        const text = lines
          .slice(0, i + 1)
          .map((x) => x.slice(4))
          .join('\n');
        this.buf = lines.slice(i + 1).join('\r\n');
        const w = this.waiter;
        this.waiter = null;
        w({ code: Number(l.slice(0, 3)), text });
        return;
      }
    }
  }

  private fail(e: Error): void {
    this.failed ??= e;
    const w = this.waiter;
    this.waiter = null;
    w?.(this.failed);
  }
}

function connect(url: URL, o: SmtpOptions): Promise<net.Socket> {
  const implicitTls = url.protocol === 'smtps:';
  const port = Number(url.port) || (implicitTls ? 465 : 587);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return new Promise((res, rej) => {
    const sock = implicitTls ? tls.connect({ host, port, servername: host, ...o.tls }) : net.connect({ host, port });
    sock.once(implicitTls ? 'secureConnect' : 'connect', () => res(sock));
    sock.once('error', rej);
    sock.setTimeout(o.timeoutMs ?? 30_000, () => sock.destroy(new Error('SMTP connect timeout')));
  });
}

function startTls(plain: net.Socket, host: string, o: SmtpOptions): Promise<tls.TLSSocket> {
  return new Promise((res, rej) => {
    // the TLS socket owns the connection now; errors surface there, so the plain one's are not fatal here
    plain.on('error', () => undefined);
    const s = tls.connect({ socket: plain, servername: host, ...o.tls });
    s.setTimeout(o.timeoutMs ?? 30_000, () => s.destroy(new Error('SMTP TLS handshake timeout')));
    s.once('secureConnect', () => res(s));
    s.once('error', rej);
  });
}

/** RFC 2047 encoded words for non-ASCII header text, in chunks that never split a character. */
export function encodeHeader(text: string): string {
  if (/[\r\n]/.test(text)) throw new Error('header text must be one line');
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  const words: string[] = [];
  let cur = '';
  for (const ch of text) {
    if (Buffer.byteLength(cur + ch) > 45) {
      words.push(cur);
      cur = '';
    }
    cur += ch;
  }
  words.push(cur);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w).toString('base64')}?=`).join('\r\n ');
}

export function parseFrom(from: string): { name: string; address: string } {
  const m = /^\s*(.*?)\s*<([^<>]+)>\s*$/.exec(from);
  const name = m ? m[1]!.replace(/^"|"$/g, '') : '';
  const address = (m ? m[2]! : from).trim();
  if (!ADDRESS.test(address)) throw new Error('MAIL_FROM is not an e-mail address');
  return { name, address };
}

/** The message in RFC 5322 form with CRLF line ends. */
export function buildMessage(from: string, m: { to: string; subject: string; text: string }, at = new Date()): string {
  const f = parseFrom(from);
  if (!ADDRESS.test(m.to)) throw new Error('recipient is not an e-mail address');
  const domain = f.address.split('@')[1]!;
  const body = Buffer.from(m.text.replace(/\r?\n/g, '\r\n'), 'utf8').toString('base64');
  return [
    `From: ${f.name ? `${encodeHeader(f.name)} <${f.address}>` : f.address}`,
    `To: ${m.to}`,
    `Subject: ${encodeHeader(m.subject)}`,
    `Date: ${at.toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <${randomBytes(12).toString('hex')}@${domain}>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    ...(body.match(/.{1,76}/g) ?? []),
  ].join('\r\n');
}

/** Sends one message; resolves once the server has accepted it (250 after DATA). */
export async function smtpSend(o: SmtpOptions, m: { to: string; subject: string; text: string }): Promise<void> {
  const url = new URL(o.url);
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new Error('SMTP_URL must start with smtp:// or smtps://');
  const message = buildMessage(o.from, m);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const user = decodeURIComponent(url.username);
  const pass = decodeURIComponent(url.password);
  const c = new Conn(await connect(url, o), o.timeoutMs ?? 30_000);
  try {
    await c.cmd(null, 220);
    const ehlo = `EHLO ${o.clientName ?? (hostname() || 'localhost')}`;
    let caps = (await c.cmd(ehlo, 250)).text.toUpperCase().split('\n');
    let secure = url.protocol === 'smtps:';
    if (!secure && caps.some((l) => l.startsWith('STARTTLS'))) {
      await c.cmd('STARTTLS', 220);
      c.attach(await startTls(c.detach(), host, o));
      secure = true;
      caps = (await c.cmd(ehlo, 250)).text.toUpperCase().split('\n');
    }
    if (user) {
      // a password never goes over a plain connection
      if (!secure) throw new Error('SMTP server offers no TLS; refusing to send the password');
      const auth = caps.find((l) => l.startsWith('AUTH'));
      if (auth && !/\bPLAIN\b/.test(auth)) throw new Error('SMTP server does not offer AUTH PLAIN');
      await c.cmd(`AUTH PLAIN ${Buffer.from(`\0${user}\0${pass}`).toString('base64')}`, 235);
    }
    await c.cmd(`MAIL FROM:<${parseFrom(o.from).address}>`, 250);
    await c.cmd(`RCPT TO:<${m.to}>`, 250, 251);
    await c.cmd('DATA', 354);
    await c.cmd(`${message}\r\n.`, 250);
    await c.cmd('QUIT', 221).catch(() => undefined);
  } finally {
    c.sock.destroy();
  }
}
