import type { SessionEvent } from '../domain/events.ts';
import { hkdTables } from '../domain/hkd-template.ts';
import type { CreateProcessBody, ProcessSummary } from '../protocol/http-schema.ts';
import type { ProcessRow, SessionRow, Store } from '../store/store.ts';
import { newId, newJoinCode } from './crypto-util.ts';

/**
 * Dialogue processes and their sessions. Every read is scoped to the owning facilitator here,
 * in the service, not only in routes. [SPEC S1]
 */
export class ProcessService {
  constructor(
    private readonly store: Store,
    private readonly now: () => number,
  ) {}

  /** A process from the HKD template: session 1 (Learning Café) with the concern-zone tables. */
  async createFromHkd(ownerId: string, body: CreateProcessBody): Promise<ProcessSummary> {
    const now = this.now();
    const process: ProcessRow = {
      id: newId(),
      ownerId,
      name: body.name,
      organisation: body.organisation,
      unit: body.unit,
      purpose: body.purpose,
      lang: body.lang,
      createdAt: now,
    };
    await this.store.processes.create(process);
    const session: SessionRow = { id: newId(), processId: process.id, kind: 'learning_cafe', joinCode: '', closedAt: null, createdAt: now };
    const first: SessionEvent = {
      type: 'session.created',
      sessionId: session.id,
      processId: process.id,
      name: body.name,
      lang: body.lang,
      settings: { roundMinutes: body.roundMinutes, showNotesOnScreen: true },
      tables: hkdTables(body.tableCount),
    };
    // a join code collision is astronomically rare; the unique index catches it, so retry
    for (let attempt = 0; ; attempt++) {
      try {
        await this.store.sessions.create({ ...session, joinCode: newJoinCode() }, first);
        break;
      } catch (e) {
        if (attempt >= 4) throw e;
      }
    }
    return (await this.get(ownerId, process.id))!;
  }

  async list(ownerId: string): Promise<ProcessSummary[]> {
    const rows = await this.store.processes.listByOwner(ownerId);
    return Promise.all(rows.map((r) => this.summary(r)));
  }

  async get(ownerId: string, processId: string): Promise<ProcessSummary | null> {
    const row = await this.store.processes.byId(processId);
    return row && row.ownerId === ownerId ? this.summary(row) : null;
  }

  /** The session if this user may run it (owns its process). */
  async sessionFor(ownerId: string, sessionId: string): Promise<SessionRow | null> {
    const s = await this.store.sessions.byId(sessionId);
    if (!s) return null;
    const p = await this.store.processes.byId(s.processId);
    return p && p.ownerId === ownerId ? s : null;
  }

  private async summary(row: ProcessRow): Promise<ProcessSummary> {
    const sessions = await this.store.sessions.byProcess(row.id);
    return {
      id: row.id,
      name: row.name,
      organisation: row.organisation,
      unit: row.unit,
      purpose: row.purpose,
      lang: row.lang,
      createdAt: row.createdAt,
      sessions: sessions.map((s) => ({
        id: s.id,
        processId: s.processId,
        kind: s.kind,
        joinCode: s.joinCode,
        closed: s.closedAt !== null,
        createdAt: s.createdAt,
      })),
    };
  }
}
