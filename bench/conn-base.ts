import { histogram } from './stats.ts';
import { nowUs, stamp } from './util.ts';

/**
 * Light load clients. Nothing is JSON-parsed on the hot path: the send time travels inside the
 * ids (`T<12-digit µs>…` for the note id, `A<12-digit µs>…` for the command id), and a frame is
 * recognised by its first bytes (`{"t":"events"`, `{"t":"ack"`, …). Socket.IO parses its packets
 * itself; there we read the same ids from the decoded object.
 */

export type TargetKind = 'product' | 'ws' | 'socketio';

/** Where latencies and counts go; only sends stamped within [fromUs, toUs) are recorded. */
export class Sink {
  readonly delivery = histogram();
  readonly ack = histogram();
  /** deliveries to sockets at the writer's own table (notes scenario) */
  readonly tableDelivery = histogram();
  deliveries = 0;
  tableDeliveries = 0;
  acks = 0;
  errors = 0;
  closed = 0;
  frameBytes = 0;
  fromUs = Infinity;
  toUs = Infinity;
  readonly errorCodes = new Map<string, number>();
  readonly closeCodes = new Map<number, number>();

  /** BENCH_TRACE=1: worst delivery per event, to see when the slow ones were sent */
  readonly worst: Map<number, number> | null = process.env.BENCH_TRACE ? new Map() : null;

  delivered(sentUs: number, now: number, bytes: number): void {
    if (sentUs < this.fromUs || sentUs >= this.toUs) return;
    this.deliveries++;
    this.frameBytes = bytes;
    this.delivery.recordValue(Math.max(1, now - sentUs));
    if (this.worst) this.worst.set(sentUs, Math.max(this.worst.get(sentUs) ?? 0, now - sentUs));
  }

  tableDelivered(sentUs: number, now: number): void {
    if (sentUs < this.fromUs || sentUs >= this.toUs) return;
    this.tableDeliveries++;
    this.tableDelivery.recordValue(Math.max(1, now - sentUs));
  }

  acked(sentUs: number, now: number): void {
    if (sentUs < this.fromUs || sentUs >= this.toUs) return;
    this.acks++;
    this.ack.recordValue(Math.max(1, now - sentUs));
  }

  error(code: string): void {
    this.errors++;
    this.errorCodes.set(code, (this.errorCodes.get(code) ?? 0) + 1);
  }

  close(code: number): void {
    this.closed++;
    this.closeCodes.set(code, (this.closeCodes.get(code) ?? 0) + 1);
  }

  /** Start recording sends stamped from now on. */
  open(): void {
    this.fromUs = nowUs();
    this.toUs = Infinity;
  }

  /** Stop recording sends stamped after now (their deliveries may still arrive). */
  shut(): void {
    this.toUs = nowUs();
  }
}

export interface Conn {
  readonly ready: Promise<void>;
  /** send a note.add command stamped with the current time */
  sendNote(tag: string, text: string): void;
  close(): void;
}

let counter = 0;
/** Note id and command id carrying the send time; `tag` marks the sender (self-echo filter). */
export function ids(tag: string): { noteId: string; cmdId: string } {
  const s = stamp(nowUs());
  const n = (counter++).toString(36);
  return { noteId: `T${s}${tag}n${n}`, cmdId: `A${s}${tag}c${n}` };
}

export const NOTE_MARK = Buffer.from('"note":{"id":"T');
export const ACK_MARK = Buffer.from('"id":"A');
export const CONNECT_TIMEOUT_MS = 30_000;
