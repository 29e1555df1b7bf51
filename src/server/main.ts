import { createApp } from './app.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { createLogger } from './logger.ts';

/** `npm start`: validate config, open the store, listen, print the setup link on first start. */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(78);
    }
    throw e;
  }
  const log = createLogger(config.logLevel);
  const app = await createApp({ config, log });
  const port = await app.listen();
  const base = config.publicUrl ?? `http://localhost:${port}`;
  log.info({ port, dataDir: config.dataDir }, `Vuoropuhe is running at ${base}`);
  if (await app.deps.auth.needsSetup()) {
    const token = await app.deps.auth.issueSetupToken();
    // printed to the console only; the token is in the #fragment so it never reaches access logs
    process.stdout.write(`\nNo facilitator account yet. Create the first one (link valid 24 h, once):\n  ${base}/fi/setup#${token}\n\n`);
  }

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const hard = setTimeout(() => process.exit(1), 10_000);
    hard.unref();
    app.close().then(
      () => process.exit(0),
      (err: unknown) => {
        log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

void main();
