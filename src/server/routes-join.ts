import type { FastifyInstance } from 'fastify';
import { joinBody } from '../protocol/http-schema.ts';
import { isDomainError } from '../domain/errors.ts';
import type { Deps } from './deps.ts';
import { HTTP_STATUS } from './error-map.ts';
import { parseBody, sendError } from './http-util.ts';

/** Join with a code: no account. Wrong and closed codes get the same answer. [SPEC J2] */
export function registerJoinRoutes(app: FastifyInstance, d: Deps): void {
  app.post('/api/join', async (req, reply) => {
    const body = parseBody(joinBody, req, reply);
    if (!body) return reply;
    try {
      const r = await d.join.join(body.code, body.name, body.lang);
      if (r === 'join_failed') return sendError(req, reply, 404, 'join_failed');
      return r;
    } catch (e) {
      if (isDomainError(e)) return sendError(req, reply, HTTP_STATUS[e.code], e.code);
      throw e;
    }
  });
}
