import { z } from 'zod';
import type { S3Options } from '../store/s3-blob-store.ts';

/**
 * Configuration comes only from environment variables, validated before anything starts.
 * Every variable is listed in .env.example. A bad value stops the start with a clear message.
 */
const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const schema = z.strictObject({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  /** the address people use (for join links, QR codes and cookies); e.g. https://dialogi.example.fi */
  PUBLIC_URL: z
    .string()
    .url()
    .refine((v) => /^https?:\/\//.test(v), 'must start with http:// or https://')
    .transform((v) => v.replace(/\/+$/, ''))
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** number of reverse proxies in front (nginx: 1); 0 trusts none */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  /** extra origins allowed to open WebSockets and send cookie requests, comma-separated */
  ALLOWED_ORIGINS: z.string().default(''),
  /** Secure cookies; defaults to true when PUBLIC_URL is https */
  COOKIE_SECURE: bool.optional(),
  /** PostgreSQL instead of the embedded SQLite, e.g. postgres://vuoropuhe:secret@db:5432/vuoropuhe */
  DATABASE_URL: z
    .string()
    .refine((v) => /^postgres(ql)?:\/\//.test(v), 'must start with postgres:// or postgresql://')
    .refine((v) => URL.canParse(v), 'is not a valid URL (percent-encode special characters in the password)')
    .optional(),
  /** Redis for several nodes behind a load balancer (needs DATABASE_URL), e.g. redis://127.0.0.1:6379 */
  REDIS_URL: z
    .string()
    .refine((v) => /^rediss?:\/\//.test(v) && URL.canParse(v), 'must be a redis:// or rediss:// URL')
    .optional(),
  /** AES-256-GCM key for two-factor secrets, 64 hex characters; several nodes must share it */
  SECRET_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hexadecimal characters (openssl rand -hex 32)')
    .optional(),
  /** log = write e-mails (with reset links) to the log, development only; smtp = send */
  MAIL_MODE: z.enum(['log', 'smtp']).optional(),
  /** smtp://user:password@host:587 (STARTTLS) or smtps://user:password@host:465 */
  SMTP_URL: z
    .string()
    .refine((v) => /^smtps?:\/\//.test(v) && URL.canParse(v), 'must be an smtp:// or smtps:// URL')
    .optional(),
  /** sender of e-mails, e.g. "Vuoropuhe <no-reply@kunta.fi>" */
  MAIL_FROM: z.string().max(200).optional(),
  /** production turns the logging mailer off unless MAIL_MODE=log is asked for explicitly */
  NODE_ENV: z.string().optional(),
  /** photos in S3-compatible storage instead of DATA_DIR/blobs (needs the other S3_ settings) */
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a valid bucket name')
    .optional(),
  /** e.g. https://s3.eu-north-1.amazonaws.com or http://127.0.0.1:9000 (MinIO) */
  S3_ENDPOINT: z
    .string()
    .refine((v) => /^https?:\/\//.test(v) && URL.canParse(v), 'must be an http:// or https:// URL')
    .optional(),
  S3_REGION: z.string().min(1).max(50).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).max(200).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).max(200).optional(),
  /** bucket in the path (MinIO, most S3-compatible services) rather than in the host name */
  S3_PATH_STYLE: bool.default(true),
  /** where to send accessibility feedback (shown on /:lang/accessibility): an e-mail address or an https:// URL */
  ACCESSIBILITY_CONTACT: z
    .string()
    .max(200)
    .refine(
      (v) => /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(v) || (/^https:\/\/[^\s<>"]+$/.test(v) && URL.canParse(v)),
      'must be an e-mail address or an https:// URL',
    )
    .optional(),
  /** fault injection for the chaos test only (never in production) */
  CHAOS_FAULT: z.enum(['no-dedup', 'ack-before-commit']).optional(),
});

/** values never echoed in an error message (they may hold a password) */
const SECRET_KEYS = new Set(['DATABASE_URL', 'REDIS_URL', 'SECRET_KEY', 'SMTP_URL', 'S3_SECRET_ACCESS_KEY']);

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  publicUrl: string | null;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  trustProxy: number;
  allowedOrigins: string[];
  cookieSecure: boolean;
  /** PostgreSQL connection string; null = embedded SQLite in dataDir */
  databaseUrl: string | null;
  /** Redis pub/sub between nodes; null = single node */
  redisUrl: string | null;
  chaosFault: 'no-dedup' | 'ack-before-commit' | null;
  /** 64 hex characters; null = a key file in dataDir (single node only) */
  secretKey: string | null;
  mail: { mode: 'log' | 'smtp' | undefined; smtpUrl: string | undefined; from: string | undefined; production: boolean };
  /** S3-compatible storage for images; null = files in dataDir/blobs */
  s3: S3Options | null;
  /** feedback contact on the accessibility statement (e-mail or https URL); null = not given */
  accessibilityContact: string | null;
}

const KEYS = Object.keys(schema.shape);

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const picked: Record<string, string> = {};
  for (const k of KEYS) {
    const v = env[k];
    if (v !== undefined && v !== '') picked[k] = v;
  }
  const r = schema.safeParse(picked);
  if (!r.success) {
    const lines = r.error.issues.map((i) => {
      const key = String(i.path[0]);
      return `  ${i.path.join('.')}: ${i.message}${SECRET_KEYS.has(key) ? '' : ` (got ${JSON.stringify(picked[key])})`}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}\nSee .env.example for every setting.`);
  }
  const c = r.data;
  if (c.REDIS_URL && !c.DATABASE_URL) {
    throw new ConfigError(
      'Invalid configuration:\n  REDIS_URL: several nodes need a shared store; set DATABASE_URL too.\nSee .env.example for every setting.',
    );
  }
  const smtp = c.MAIL_MODE === 'smtp' || (c.MAIL_MODE === undefined && c.SMTP_URL !== undefined);
  if (smtp && (!c.SMTP_URL || !c.MAIL_FROM)) {
    throw new ConfigError(
      'Invalid configuration:\n  MAIL_MODE: sending e-mail needs both SMTP_URL and MAIL_FROM.\nSee .env.example for every setting.',
    );
  }
  if (c.S3_BUCKET && (!c.S3_ENDPOINT || !c.S3_ACCESS_KEY_ID || !c.S3_SECRET_ACCESS_KEY)) {
    throw new ConfigError(
      'Invalid configuration:\n  S3_BUCKET: S3 storage needs S3_ENDPOINT, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY too.\nSee .env.example for every setting.',
    );
  }
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir: c.DATA_DIR,
    publicUrl: c.PUBLIC_URL ?? null,
    logLevel: c.LOG_LEVEL,
    trustProxy: c.TRUST_PROXY,
    allowedOrigins: c.ALLOWED_ORIGINS.split(',')
      .map((s) => s.trim().replace(/\/+$/, ''))
      .filter(Boolean),
    cookieSecure: c.COOKIE_SECURE ?? c.PUBLIC_URL?.startsWith('https://') ?? false,
    databaseUrl: c.DATABASE_URL ?? null,
    redisUrl: c.REDIS_URL ?? null,
    chaosFault: c.CHAOS_FAULT ?? null,
    secretKey: c.SECRET_KEY ?? null,
    s3:
      c.S3_BUCKET && c.S3_ENDPOINT && c.S3_ACCESS_KEY_ID && c.S3_SECRET_ACCESS_KEY
        ? {
            bucket: c.S3_BUCKET,
            endpoint: c.S3_ENDPOINT,
            region: c.S3_REGION,
            accessKeyId: c.S3_ACCESS_KEY_ID,
            secretAccessKey: c.S3_SECRET_ACCESS_KEY,
            pathStyle: c.S3_PATH_STYLE,
          }
        : null,
    mail: { mode: c.MAIL_MODE, smtpUrl: c.SMTP_URL, from: c.MAIL_FROM, production: c.NODE_ENV === 'production' },
    accessibilityContact: c.ACCESSIBILITY_CONTACT ?? null,
  };
}
