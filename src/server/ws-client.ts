import type { WebSocket } from 'ws';
import type { Audience } from '../domain/redact.ts';
import type { Actor } from '../domain/types.ts';
import type { Role, ServerFrame } from '../protocol/frames.ts';

/** One connected socket and what the gateway knows about it. */
export class WsClient {
  sessionId: string | null = null;
  role: Role | null = null;
  audience: Audience = 'public';
  actor: Actor | null = null;
  /** highest seq this socket has been sent; later events only */
  sentSeq = 0;
  alive = true;
  private tokens = 30;
  private lastRefill = Date.now();

  constructor(
    readonly ws: WebSocket,
    /** the facilitator cookie token captured at upgrade (never logged) */
    readonly cookieToken: string | undefined,
    readonly id: string,
  ) {}

  send(frame: ServerFrame): void {
    this.sendRaw(JSON.stringify(frame));
  }

  /**
   * Pre-serialised bytes: a broadcast frame is serialised and UTF-8 encoded once per audience and
   * the same Buffer goes to every socket, sent as a text frame. [SPEC W10]
   */
  sendRaw(data: string | Buffer): void {
    if (this.ws.readyState === this.ws.OPEN) this.ws.send(data, { binary: false });
  }

  /** Token bucket: 10 commands/s sustained, bursts of 30. [SPEC W9] */
  takeToken(now: number): boolean {
    this.tokens = Math.min(30, this.tokens + ((now - this.lastRefill) / 1000) * 10);
    this.lastRefill = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
