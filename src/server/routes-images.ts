import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AttachImageCommand } from '../domain/commands.ts';
import { decideAttachImage } from '../domain/decide.ts';
import { isDomainError } from '../domain/errors.ts';
import { LIMITS, type Actor, type FlipImage } from '../domain/types.ts';
import { clientId, safeText, serverId } from '../protocol/ids.ts';
import { IMAGE_LIMITS, ingestImage } from '../services/image-service.ts';
import type { BlobStore } from '../store/blob-store.ts';
import type { Deps } from './deps.ts';
import { HTTP_STATUS } from './error-map.ts';
import { cookieToken, sendError } from './http-util.ts';

/** What the image routes use; `blobs` is where the re-encoded bytes live. */
export type ImageDeps = Pick<Deps, 'auth' | 'processes' | 'join' | 'engine' | 'log' | 'now'> & { blobs: BlobStore };

const uploadQuery = z.strictObject({
  groupId: z.string().regex(/^[A-Za-z0-9_-]{1,80}$/),
  kind: z.enum(['photo', 'drawing']),
  // generous: the domain counts characters (code points) and answers invalid_value
  alt: safeText(LIMITS.altMax * 4).default(''),
  imageId: clientId,
});
type UploadQuery = z.infer<typeof uploadQuery>;

interface Upload {
  sessionId: string;
  actor: Actor;
  query: UploadQuery;
}

export function imageKey(sessionId: string, imageId: string): string {
  return `sessions/${sessionId}/images/${imageId}`;
}

function imageBody(img: Pick<FlipImage, 'id' | 'width' | 'height' | 'contentType'>) {
  return { imageId: img.id, width: img.width, height: img.height, contentType: img.contentType };
}

/**
 * Who may see and add a session's images: a participant of that session (bearer token, as the
 * phone app holds it) or the facilitator who runs it (cookie). Anyone else learns nothing,
 * not even whether the session exists: 404.
 */
async function actorFor(
  d: ImageDeps,
  req: FastifyRequest,
  sessionId: string,
): Promise<Actor | 'unauthenticated' | 'mfa_setup_required' | 'not_found'> {
  const header = req.headers.authorization;
  if (header !== undefined) {
    const m = /^Bearer ([A-Za-z0-9_-]{16,200})$/.exec(header);
    const who = m ? await d.join.participantFor(m[1]!) : null;
    if (!who) return 'unauthenticated';
    return who.sessionId === sessionId ? { role: 'participant', participantId: who.participantId } : 'not_found';
  }
  const user = await d.auth.userForToken(cookieToken(req));
  if (!user) return 'unauthenticated';
  // signed in, but held back until the 2FA their organisation requires is set up, as on every staff route [U6]
  if (await d.auth.mfaSetupRequired(user.id)) return 'mfa_setup_required';
  return (await d.processes.sessionFor(user.id, sessionId)) ? { role: 'facilitator', userId: user.id } : 'not_found';
}

async function findImage(d: ImageDeps, sessionId: string, imageId: string): Promise<FlipImage | null> {
  const loaded = await d.engine.load(sessionId);
  return loaded?.state.os?.images.find((i) => i.id === imageId) ?? null;
}

/** Photos and drawings on Open Space flipcharts: upload (re-encoded) and fetch. [SPEC O7] */
export function registerImageRoutes(app: FastifyInstance, d: ImageDeps): void {
  // a removed image is gone for good: its bytes go too (on every node that sees the event)
  d.engine.onCommitted((sessionId, events) => {
    for (const e of events) {
      if (e.type !== 'flip.imageRemoved') continue;
      d.blobs.delete(imageKey(sessionId, e.imageId)).catch((err: unknown) => d.log.error({ err, sessionId }, 'image blob delete failed'));
    }
  });

  // the raw-body parser and its error handling stay inside this plugin, so no other route
  // starts accepting image bodies
  void app.register(async (scope) => {
    const bodyLimit = IMAGE_LIMITS.maxBytes + 64 * 1024;
    scope.addContentTypeParser(
      /^(?:image\/[\w.+-]+|application\/octet-stream)(?:;|$)/,
      { parseAs: 'buffer', bodyLimit },
      (_req, body, done) => done(null, body),
    );
    scope.setErrorHandler((err: { statusCode?: number }, req, reply) => {
      if (err.statusCode === 413) return sendError(req, reply, 413, 'image_too_large');
      if (err.statusCode === 415) return sendError(req, reply, 415, 'image_type');
      throw err; // the app's handler
    });

    const uploads = new WeakMap<FastifyRequest, Upload>();
    /** Same-id uploads on this node run one after another, so a retry never races its original. */
    const inFlight = new Map<string, Promise<unknown>>();

    scope.post<{ Params: { id: string }; Querystring: Record<string, unknown> }>(
      '/api/sessions/:id/images',
      {
        bodyLimit,
        // Before the body is read: who is it, is the query sane, would the domain accept this
        // image at all? A phone on a slow link learns "not in this group" before uploading 8 MB.
        onRequest: async (req, reply) => {
          const sessionId = req.params.id;
          const actor = serverId.safeParse(sessionId).success ? await actorFor(d, req, sessionId) : 'not_found';
          if (actor === 'unauthenticated') return sendError(req, reply, 401, 'unauthenticated');
          if (actor === 'mfa_setup_required') return sendError(req, reply, 403, 'mfa_setup_required');
          if (actor === 'not_found') return sendError(req, reply, 404, 'not_found');
          const q = uploadQuery.safeParse(req.query);
          if (!q.success) return sendError(req, reply, 400, 'validation', q.error.issues[0]?.path.join('.') || 'query');
          const loaded = await d.engine.load(sessionId);
          if (!loaded) return sendError(req, reply, 404, 'not_found');
          const existing = loaded.state.os?.images.find((i) => i.id === q.data.imageId);
          if (existing) return reply.code(200).send(imageBody(existing));
          try {
            decideAttachImage(
              loaded.state,
              actor,
              { type: 'flip.addImage', ...q.data, contentType: 'image/jpeg', width: 1, height: 1 },
              d.now(),
            );
          } catch (e) {
            if (isDomainError(e)) return sendError(req, reply, HTTP_STATUS[e.code], e.code);
            throw e;
          }
          uploads.set(req, { sessionId, actor, query: q.data });
        },
      },
      async (req, reply) => {
        const up = uploads.get(req);
        if (!up) return sendError(req, reply, 500, 'internal');
        const lockKey = imageKey(up.sessionId, up.query.imageId);
        const run = (inFlight.get(lockKey) ?? Promise.resolve()).catch(() => undefined).then(() => store(d, req, reply, up));
        inFlight.set(lockKey, run);
        try {
          return await run;
        } finally {
          if (inFlight.get(lockKey) === run) inFlight.delete(lockKey);
        }
      },
    );

    scope.get<{ Params: { id: string; imageId: string } }>('/api/sessions/:id/images/:imageId', async (req, reply) => {
      const { id: sessionId, imageId } = req.params;
      if (!serverId.safeParse(sessionId).success || !clientId.safeParse(imageId).success) return sendError(req, reply, 404, 'not_found');
      const actor = await actorFor(d, req, sessionId);
      if (actor === 'unauthenticated') return sendError(req, reply, 401, 'unauthenticated');
      if (actor === 'mfa_setup_required') return sendError(req, reply, 403, 'mfa_setup_required');
      if (actor === 'not_found') return sendError(req, reply, 404, 'not_found');
      let image = await findImage(d, sessionId, imageId);
      if (!image) {
        // with several nodes this one may not have seen the upload yet
        await d.engine.refresh(sessionId);
        image = await findImage(d, sessionId, imageId);
      }
      const blob = image ? await d.blobs.get(imageKey(sessionId, imageId)) : null;
      if (!blob) return sendError(req, reply, 404, 'not_found');
      return reply
        .header('content-type', blob.contentType)
        .header('cache-control', 'private, max-age=3600')
        .header('x-content-type-options', 'nosniff')
        .header('content-disposition', 'inline')
        .header('cross-origin-resource-policy', 'same-origin')
        .send(blob.data);
    });
  });
}

/** Re-encode, store the bytes, then attach; bytes that end up attached to nothing are deleted. */
async function store(d: ImageDeps, req: FastifyRequest, reply: FastifyReply, up: Upload): Promise<FastifyReply> {
  const { sessionId, actor, query } = up;
  // a retry that waited for its original finds the image attached
  const existing = await findImage(d, sessionId, query.imageId);
  if (existing) return reply.code(200).send(imageBody(existing));
  if (!Buffer.isBuffer(req.body)) return sendError(req, reply, 415, 'image_type');

  let image;
  try {
    image = await ingestImage(req.body);
  } catch (e) {
    if (isDomainError(e)) return sendError(req, reply, HTTP_STATUS[e.code], e.code);
    throw e;
  }
  const key = imageKey(sessionId, query.imageId);
  await d.blobs.put(key, image.data, image.contentType);
  const cmd: AttachImageCommand = {
    type: 'flip.addImage',
    ...query,
    contentType: image.contentType,
    width: image.width,
    height: image.height,
  };
  try {
    const r = await d.engine.attachImage(sessionId, actor, cmd);
    if (!r.duplicate) return reply.code(201).send(imageBody({ id: query.imageId, ...image }));
  } catch (e) {
    if (!isDomainError(e)) throw e;
    // id_taken from a race with another node: those bytes are attached, keep them
    if (!(await findImage(d, sessionId, query.imageId))) await d.blobs.delete(key);
    return sendError(req, reply, HTTP_STATUS[e.code], e.code);
  }
  // the id was used before: either attached (a retry that raced on another node) or since removed
  const attached = await findImage(d, sessionId, query.imageId);
  if (attached) return reply.code(200).send(imageBody(attached));
  await d.blobs.delete(key);
  return sendError(req, reply, HTTP_STATUS.id_taken, 'id_taken');
}
