import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration from the environment', () => {
  it('[K1] defaults: port 3000, ./data, Finnish-first app on all interfaces', () => {
    expect(loadConfig({})).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      dataDir: './data',
      publicUrl: null,
      cookieSecure: false,
      trustProxy: 0,
    });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ PUBLIC_URL: 'dialogi.example.fi' }, 'PUBLIC_URL'],
    [{ PUBLIC_URL: 'ftp://x.fi' }, 'PUBLIC_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ TRUST_PROXY: '-1' }, 'TRUST_PROXY'],
    [{ COOKIE_SECURE: 'yes' }, 'COOKIE_SECURE'],
    [{ SECRET_KEY: 'abc123' }, 'SECRET_KEY'],
    [{ MAIL_MODE: 'pigeon' }, 'MAIL_MODE'],
    [{ SMTP_URL: 'http://mail.example.fi' }, 'SMTP_URL'],
    [{ MAIL_MODE: 'smtp', MAIL_FROM: 'a@b.fi' }, 'SMTP_URL'],
    [{ SMTP_URL: 'smtp://u:p@mail.example.fi:587' }, 'MAIL_FROM'],
    [{ S3_BUCKET: 'Bad_Bucket' }, 'S3_BUCKET'],
    [{ S3_BUCKET: 'kuvat' }, 'S3_ENDPOINT'],
    [{ S3_ENDPOINT: 'minio:9000' }, 'S3_ENDPOINT'],
    [{ ACCESSIBILITY_CONTACT: 'saavutettavuus at kunta.fi' }, 'ACCESSIBILITY_CONTACT'],
    [{ ACCESSIBILITY_CONTACT: 'http://kunta.fi/palaute' }, 'ACCESSIBILITY_CONTACT'],
  ])('[K2] a bad value %j stops the start naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(name));
  });

  it('[K3] an https PUBLIC_URL turns on Secure cookies; trailing slashes are dropped', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://dialogi.example.fi/' })).toMatchObject({
      publicUrl: 'https://dialogi.example.fi',
      cookieSecure: true,
    });
    expect(loadConfig({ PUBLIC_URL: 'https://x.fi', COOKIE_SECURE: 'false' }).cookieSecure).toBe(false);
    expect(loadConfig({ ALLOWED_ORIGINS: 'https://a.fi/, https://b.fi' }).allowedOrigins).toEqual(['https://a.fi', 'https://b.fi']);
  });

  it('[K1] ACCESSIBILITY_CONTACT: an e-mail address or an https URL for the accessibility statement', () => {
    expect(loadConfig({}).accessibilityContact).toBeNull();
    expect(loadConfig({ ACCESSIBILITY_CONTACT: 'saavutettavuus@kunta.fi' }).accessibilityContact).toBe('saavutettavuus@kunta.fi');
    expect(loadConfig({ ACCESSIBILITY_CONTACT: 'https://kunta.fi/palaute' }).accessibilityContact).toBe('https://kunta.fi/palaute');
  });

  it('[K1] empty values count as unset (an .env file copied from .env.example works)', () => {
    expect(loadConfig({ PUBLIC_URL: '', COOKIE_SECURE: '' }).publicUrl).toBeNull();
  });

  it('[U9] secrets are never echoed in a configuration error', () => {
    const bad = { SECRET_KEY: 'f'.repeat(63), SMTP_URL: 'smtp://user:hunter2@' };
    let message = '';
    try {
      loadConfig(bad);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/SECRET_KEY/);
    expect(message).not.toContain('f'.repeat(63));
    expect(message).not.toContain('hunter2');
  });

  it('[U9] e-mail: SMTP when SMTP_URL is set, the log mailer is off in production', () => {
    const key = 'ab'.repeat(32);
    expect(loadConfig({ SECRET_KEY: key, SMTP_URL: 'smtps://u:p@m.fi:465', MAIL_FROM: 'Vuoropuhe <a@m.fi>' })).toMatchObject({
      secretKey: key,
      mail: { mode: undefined, smtpUrl: 'smtps://u:p@m.fi:465', from: 'Vuoropuhe <a@m.fi>', production: false },
    });
    expect(loadConfig({ NODE_ENV: 'production' }).mail.production).toBe(true);
    expect(loadConfig({}).secretKey).toBeNull();
  });

  it('[O7] S3 storage for images when S3_BUCKET is set; the secret key is never echoed', () => {
    expect(loadConfig({}).s3).toBeNull();
    const s3 = { S3_BUCKET: 'kuvat', S3_ENDPOINT: 'http://127.0.0.1:9000', S3_ACCESS_KEY_ID: 'id', S3_SECRET_ACCESS_KEY: 'shh-secret' };
    expect(loadConfig(s3).s3).toEqual({
      bucket: 'kuvat',
      endpoint: 'http://127.0.0.1:9000',
      region: 'us-east-1',
      accessKeyId: 'id',
      secretAccessKey: 'shh-secret',
      pathStyle: true,
    });
    expect(() => loadConfig({ ...s3, S3_PATH_STYLE: 'maybe' })).toThrow(/S3_PATH_STYLE/);
    expect(() => loadConfig({ ...s3, S3_SECRET_ACCESS_KEY: 'x'.repeat(201) })).not.toThrow(/x{201}/);
  });
});
