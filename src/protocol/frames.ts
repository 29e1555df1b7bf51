import { z } from 'zod';
import type { Audience } from '../domain/redact.ts';
import type { EventEnvelope } from '../domain/events.ts';
import type { ErrorCode } from '../domain/errors.ts';
import type { SessionState } from '../domain/types.ts';
import { commandSchema } from './commands-schema.ts';
import { clientId, serverId } from './ids.ts';

export const PROTOCOL_VERSION = 1;
/** Largest client frame accepted, in bytes; larger frames close the socket with 4400. */
export const MAX_CLIENT_FRAME_BYTES = 8 * 1024;
/** A replay longer than this is replaced by a snapshot. [SPEC W6] */
export const MAX_REPLAY_EVENTS = 500;
export const HEARTBEAT_MS = 15_000;

/** Typed WebSocket close codes. [SPEC W2] */
export const CLOSE = {
  badFrame: 4400,
  unauthenticated: 4401,
  forbidden: 4403,
  notFound: 4404,
  superseded: 4409,
  tooMany: 4429,
  /** server going down (deploy/restart): reconnect soon */
  restart: 1012,
} as const;

/** Client → server. Strict discriminated union; nothing else is accepted. [SPEC W1] */
export const clientFrameSchema = z.discriminatedUnion('t', [
  z.strictObject({
    t: z.literal('hello'),
    v: z.literal(PROTOCOL_VERSION),
    sessionId: serverId,
    lastSeq: z.number().int().min(0),
    /** participant token from /api/join; facilitators authenticate by cookie instead */
    token: z.string().min(16).max(128).optional(),
    /** 'screen' asks for the projector's read-only view (facilitator cookie required) */
    as: z.enum(['participant', 'facilitator', 'screen']),
  }),
  z.strictObject({ t: z.literal('cmd'), id: clientId, cmd: commandSchema }),
  /** ask for events after lastSeq again (the heartbeat showed a missed event) [SPEC W7] */
  z.strictObject({ t: z.literal('sync'), lastSeq: z.number().int().min(0) }),
  /** clock-offset probe: the server answers with its time */
  z.strictObject({ t: z.literal('time'), c: z.number() }),
]);
export type ClientFrame = z.infer<typeof clientFrameSchema>;

export type Role = 'participant' | 'facilitator' | 'screen';

/** Server → client frames (the server builds them; clients trust the TS type). */
export type ServerFrame =
  | { t: 'welcome'; v: number; role: Role; audience: Audience; participantId: string | null; head: number; now: number }
  | { t: 'events'; events: EventEnvelope[] }
  | { t: 'snapshot'; seq: number; state: SessionState }
  | { t: 'ack'; id: string; seq: number }
  | { t: 'err'; id: string | null; code: ErrorCode | ProtocolErrorCode; details?: Record<string, unknown> }
  | { t: 'hb'; head: number; now: number }
  | { t: 'time'; c: number; s: number }
  /** to the facilitator only: which participants have a live socket, and how many projectors */
  | { t: 'presence'; online: string[]; screens: number };

/** Errors that come from the edge, not the domain. Each has an i18n key `error.<code>`. */
export type ProtocolErrorCode = 'bad_frame' | 'unauthenticated' | 'not_hello' | 'rate_limited' | 'internal';
