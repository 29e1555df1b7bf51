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

  it('[K1] empty values count as unset (an .env file copied from .env.example works)', () => {
    expect(loadConfig({ PUBLIC_URL: '', COOKIE_SECURE: '' }).publicUrl).toBeNull();
  });
});
