import Fastify, { type FastifyInstance } from 'fastify';
import { randomInt } from 'node:crypto';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { AuthService } from '../services/auth-service.ts';
import { createMailer } from '../services/mail.ts';
import { SecretBox } from '../services/secret-box.ts';
import { JoinService } from '../services/join-service.ts';
import { FollowupService } from '../services/followup-service.ts';
import { OrgService } from '../services/org-service.ts';
import { ProcessService } from '../services/process-service.ts';
import { ReportService } from '../services/report-service.ts';
import { RetentionService } from '../services/retention-service.ts';
import { DiskBlobStore, type BlobStore } from '../store/blob-store.ts';
import { S3BlobStore } from '../store/s3-blob-store.ts';
import { SessionEngine } from '../services/session-engine.ts';
import { createRedisBus } from '../bus/redis-bus.ts';
import { openStore } from './open-store.ts';
import type { Store } from '../store/store.ts';
import type { Bus } from '../bus/bus.ts';
import type { Config } from './config.ts';
import type { Deps } from './deps.ts';
import { checkOrigin, securityHeaders } from './http-security.ts';
import { sendError } from './http-util.ts';
import { registerAuthRoutes } from './routes-auth.ts';
import { registerJoinRoutes } from './routes-join.ts';
import { registerPageRoutes } from './routes-pages.ts';
import { registerExportRoutes } from './routes-exports.ts';
import { registerFollowupRoutes } from './routes-followup.ts';
import { registerOrgRoutes } from './routes-orgs.ts';
import { registerImageRoutes, imageKey } from './routes-images.ts';
import { registerProcessRoutes } from './routes-processes.ts';
import { registerSurveyRoutes } from './routes-survey.ts';
import { registerProgrammeRoutes } from './routes-programme.ts';
import { registerLibraryRoutes } from './routes-library.ts';
import { loadAssets } from './static-files.ts';
import { WsGateway } from './ws-gateway.ts';
import { pageHtml } from './pages.ts';
import type { Lang } from '../domain/types.ts';

export interface App {
  http: FastifyInstance;
  deps: Deps;
  gateway: WsGateway;
  /** listen; resolves with the bound port */
  listen(): Promise<number>;
  /** graceful stop: no new connections, finish commits, close sockets with "reconnect", close store */
  close(): Promise<void>;
}

export interface AppOptions {
  config: Config;
  log: Logger;
  /** directory of built web assets; default dist/web next to the package */
  webDir?: string;
  store?: Store;
  now?: () => number;
  /** save a state snapshot every n events (default 200) */
  snapshotEvery?: number;
  /** signals between nodes; default none (single node) */
  bus?: Bus;
  /** where uploaded images go; default DATA_DIR/blobs on disk */
  blobs?: BlobStore;
}

/** The composition root: wires store → services → routes and gateway. */
export async function createApp(o: AppOptions): Promise<App> {
  const now = o.now ?? Date.now;
  const store = o.store ?? (await openStore(o.config, o.log));
  const bus = o.bus ?? (o.config.redisUrl ? createRedisBus(o.config.redisUrl, { log: o.log }) : undefined);
  const engine = new SessionEngine(store, {
    now,
    seed: () => randomInt(2 ** 31),
    snapshotEvery: o.snapshotEvery ?? 200,
    ...(bus ? { bus } : {}),
    fault: o.config.chaosFault === 'no-dedup' ? 'no-dedup' : null,
  });
  const orgs = new OrgService(store, now);
  const processes = new ProcessService(store, orgs, now);
  const loadState = async (id: string) => (await engine.load(id))?.state ?? null;
  const blobs = o.blobs ?? (o.config.s3 ? new S3BlobStore(o.config.s3) : new DiskBlobStore(join(o.config.dataDir, 'blobs')));
  const followups = new FollowupService(store, processes, loadState, now);
  const getImage = (sessionId: string, imageId: string) => blobs.get(imageKey(sessionId, imageId));
  const retention = new RetentionService(store, engine, blobs, orgs, loadState, now);
  const deps: Deps = {
    config: o.config,
    store,
    engine,
    blobs,
    followups,
    reports: new ReportService(store, followups, loadState, getImage, now),
    retention,
    auth: new AuthService(store, now, {
      secrets: new SecretBox(o.config.secretKey ? { key: o.config.secretKey } : { keyFile: join(o.config.dataDir, 'secret.key') }),
      mailer: createMailer(o.config.mail, o.log),
      log: o.log,
    }),
    processes,
    orgs,
    join: new JoinService(store, engine, now),
    log: o.log,
    now,
  };
  engine.onCommitted((sessionId, events) => {
    if (events.some((e) => e.type === 'session.closed')) {
      // the join code stops working with the session [SPEC J4]
      void deps.store.sessions.markClosed(sessionId, now()).catch((err: unknown) => o.log.error({ err, sessionId }, 'markClosed failed'));
    }
  });

  const http = Fastify({
    logger: false,
    bodyLimit: 64 * 1024,
    // TRUST_PROXY=n trusts the n nearest proxies (nginx in front: 1)
    trustProxy: (_addr: string, hop: number) => hop < o.config.trustProxy,
    requestTimeout: 30_000,
    connectionTimeout: 60_000,
    // a malformed URL (bad percent-encoding, an over-long path segment) gets our error shape too,
    // translated and without echoing the URL
    frameworkErrors: (err, req, reply) => {
      securityHeaders(reply, o.config);
      const tooLong = (err as { statusCode?: number }).statusCode === 414;
      return sendError(req, reply, tooLong ? 414 : 400, 'validation', 'url');
    },
  });
  http.addHook('onRequest', async (req, reply) => {
    securityHeaders(reply, o.config);
    if (!checkOrigin(req, o.config)) return sendError(req, reply, 403, 'csrf');
  });
  http.addHook('onResponse', async (req, reply) => {
    o.log.debug({ method: req.method, url: req.routeOptions.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'http');
  });
  http.setErrorHandler((err: { statusCode?: number; code?: string }, req, reply) => {
    const status = err.statusCode ?? 500;
    if (status === 413) return sendError(req, reply, 413, 'too_large');
    if (status === 415 || status === 400) return sendError(req, reply, 400, 'validation', 'body');
    o.log.error({ err, url: req.routeOptions.url }, 'request failed');
    return sendError(req, reply, 500, 'internal');
  });
  http.setNotFoundHandler((req, reply) => {
    // an unknown page under a language prefix gets the app's own "page not found" view
    const m = /^\/(fi|sv|en)\//.exec(req.url);
    if (req.method === 'GET' && m && !req.url.startsWith(`/${m[1]}/api/`)) {
      return reply
        .code(404)
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(pageHtml('facilitator', m[1] as Lang));
    }
    return sendError(req, reply, 404, 'not_found');
  });

  http.get('/healthz', async () => ({ status: 'ok' }));
  registerAuthRoutes(http, deps);
  registerProcessRoutes(http, deps);
  registerProgrammeRoutes(http, deps);
  registerLibraryRoutes(http, deps);
  registerFollowupRoutes(http, deps);
  registerOrgRoutes(http, deps);
  registerExportRoutes(http, deps);
  registerImageRoutes(http, deps);
  registerJoinRoutes(http, deps);
  registerSurveyRoutes(http, deps);
  registerPageRoutes(http, deps, loadAssets(o.webDir ?? new URL('../../dist/web', import.meta.url).pathname));

  const gateway = new WsGateway(deps);
  // erased sessions (here or on another node) close their sockets [D7]
  engine.onErased((id) => gateway.closeRoom(id));
  // the retention job: at start and then daily; on several nodes each runs it (erasure is idempotent)
  const runRetention = () =>
    void retention
      .runDue()
      .then((ids) => ids.length > 0 && o.log.info({ processes: ids.length }, 'retention: raw content erased'))
      .catch((err: unknown) => o.log.error({ err }, 'retention job failed'));
  const retentionTimer = setInterval(runRetention, 24 * 3600_000);
  retentionTimer.unref();
  setTimeout(runRetention, 5_000).unref();
  http.server.on('upgrade', (req, socket, head) => {
    if (new URL(req.url ?? '/', 'http://x').pathname === '/ws') gateway.handleUpgrade(req, socket, head);
    else socket.destroy();
  });

  let closing: Promise<void> | null = null;
  return {
    http,
    deps,
    gateway,
    async listen() {
      await http.listen({ port: o.config.port, host: o.config.host });
      const addr = http.server.address();
      return typeof addr === 'object' && addr ? addr.port : o.config.port;
    },
    close() {
      closing ??= (async () => {
        clearInterval(retentionTimer);
        http.server.close();
        gateway.quiesce();
        await engine.drain();
        gateway.close();
        engine.close();
        await http.close();
        await bus?.close();
        await deps.store.close();
      })();
      return closing;
    },
  };
}
