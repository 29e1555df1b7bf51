import pino, { type Logger } from 'pino';

/** Structured logs. Never log note texts, names, tokens or cookies. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { svc: 'vuoropuhe' },
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'token', 'password'], remove: true },
  });
}
