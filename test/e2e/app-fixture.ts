// One server and one Chromium per browser-test file, and every context the file opens closed after.
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launch } from '../support/browser.ts';
import { startServer, type TestServer } from '../support/test-server.ts';

export interface App {
  s: TestServer;
  browser: Browser;
}

/**
 * Registers the file's beforeAll/afterAll: starts the server (with `opts`) and the browser,
 * hands both to `set`, and returns the list the file pushes its contexts to; afterAll closes
 * those contexts, the browser and the server, whatever failed on the way.
 */
export function withServerAndBrowser(set: (app: App) => void, opts?: Parameters<typeof startServer>[0]): BrowserContext[] {
  const contexts: BrowserContext[] = [];
  let s: TestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    s = await startServer(opts);
    browser = await launch();
    set({ s, browser });
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await s?.stop();
  });
  return contexts;
}
