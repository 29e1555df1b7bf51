import type { FastifyInstance } from 'fastify';
import { joinBody } from '../protocol/http-schema.ts';
import { isDomainError } from '../domain/errors.ts';
import type { Deps } from './deps.ts';
import { HTTP_STATUS } from './error-map.ts';
import { parseBody, sendError } from './http-util.ts';
import { RateLimiter } from './rate-limit.ts';

/**
 * Join with a code: no account. Wrong and closed codes get the same answer. [SPEC J2]
 * Guessing is slowed down: each address may fail 30 times, then once per 10 s; all joins on a
 * node are capped at a burst of 5,000 and 200/s. A school behind one address still joins a full
 * class at once, because only failures count per address. [SPEC J5]
 */
export function registerJoinRoutes(app: FastifyInstance, d: Deps): void {
  const failures = new RateLimiter(30, 0.1, d.now);
  const global = new RateLimiter(5000, 200, d.now);
  app.post('/api/join', async (req, reply) => {
    const wait = Math.max(failures.check(req.ip, false), global.check('all'));
    if (wait > 0) {
      reply.header('retry-after', String(wait));
      return sendError(req, reply, 429, 'rate_limited');
    }
    const body = parseBody(joinBody, req, reply);
    if (!body) return reply;
    try {
      const r = await d.join.join(body.code, body.name, body.lang);
      if (r === 'join_failed') {
        failures.check(req.ip);
        return sendError(req, reply, 404, 'join_failed');
      }
      return r;
    } catch (e) {
      if (isDomainError(e)) return sendError(req, reply, HTTP_STATUS[e.code], e.code);
      throw e;
    }
  });
}
