import { AuthService } from '../services/auth-service.ts';
import { ConfigError, loadConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { openStore } from './open-store.ts';

/** `npm run create-admin`: prints a one-time link for creating a facilitator account. */
async function main(): Promise<void> {
  try {
    const config = loadConfig(process.env);
    const store = await openStore(config, createLogger('warn'));
    const token = await new AuthService(store, Date.now).issueSetupToken();
    const base = config.publicUrl ?? `http://localhost:${config.port}`;
    process.stdout.write(`Open this link once (valid 24 h) to create a facilitator account:\n  ${base}/fi/setup#${token}\n`);
    await store.close();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(78);
    }
    throw e;
  }
}

void main();
