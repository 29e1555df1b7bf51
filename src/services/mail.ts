import type { Logger } from 'pino';
import { smtpSend, type SmtpOptions } from './mail-smtp.ts';

/** One plain-text message (password reset and other account mail). */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sending mail, behind an interface so tests and development need no mail server. */
export interface Mailer {
  send(m: MailMessage): Promise<void>;
}

/**
 * Development: the whole message (with its link) goes to the log at info level, so a developer
 * can click the reset link. Never chosen in production unless MAIL_MODE=log says so explicitly.
 */
export class LogMailer implements Mailer {
  constructor(private readonly log: Logger) {}

  async send(m: MailMessage): Promise<void> {
    // under `mail`, not `token`: the logger redacts a top-level token field
    this.log.info({ mail: { to: m.to, subject: m.subject, text: m.text } }, 'mail (MAIL_MODE=log, not sent)');
  }
}

/** Production without mail settings: nothing is sent and the link is not logged. */
export class DisabledMailer implements Mailer {
  constructor(private readonly log: Logger) {}

  async send(m: MailMessage): Promise<void> {
    this.log.warn({ subject: m.subject }, 'mail not sent: set MAIL_MODE=smtp and SMTP_URL');
  }
}

/** Keeps messages in memory (tests). */
export class MemoryMailer implements Mailer {
  readonly sent: MailMessage[] = [];

  async send(m: MailMessage): Promise<void> {
    this.sent.push(m);
  }
}

/** Sends through an SMTP server (STARTTLS or implicit TLS; see mail-smtp.ts). */
export class SmtpMailer implements Mailer {
  constructor(private readonly opts: SmtpOptions) {}

  send(m: MailMessage): Promise<void> {
    return smtpSend(this.opts, m);
  }
}

export interface MailerConfig {
  /** MAIL_MODE: unset = smtp if SMTP_URL is set, else log outside production and disabled in production */
  mode?: 'log' | 'smtp' | undefined;
  /** SMTP_URL, e.g. smtp://user:pass@mail.example.fi:587 (STARTTLS) or smtps://…:465 */
  smtpUrl?: string | undefined;
  /** MAIL_FROM, e.g. "Vuoropuhe <no-reply@example.fi>" */
  from?: string | undefined;
  /** NODE_ENV === 'production' */
  production: boolean;
}

export function createMailer(c: MailerConfig, log: Logger): Mailer {
  const mode = c.mode ?? (c.smtpUrl ? 'smtp' : c.production ? null : 'log');
  if (mode === 'log') return new LogMailer(log);
  if (mode === 'smtp') {
    if (!c.smtpUrl || !c.from) throw new Error('MAIL_MODE=smtp needs SMTP_URL and MAIL_FROM');
    return new SmtpMailer({ url: c.smtpUrl, from: c.from });
  }
  return new DisabledMailer(log);
}
