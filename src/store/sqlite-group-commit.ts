import type Database from 'better-sqlite3';
import type { SessionEvent } from '../domain/events.ts';
import type { AppendResult } from './store.ts';

export type AppendArgs = [sessionId: string, commandId: string | null, events: readonly SessionEvent[], at: number, expectedHead?: number];

type Outcome = { ok: AppendResult } | { err: unknown };

interface Pending {
  args: AppendArgs;
  resolve: (r: AppendResult) => void;
  reject: (e: unknown) => void;
}

/**
 * Group commit: appends that arrive in the same turn of the event loop (from different sessions;
 * one session has one append in flight) are written in one transaction, so one fsync covers them
 * all. Each append runs in its own savepoint, so one failing append does not undo the others.
 * Every promise settles only after the whole transaction has committed: acks still follow the
 * commit. [SPEC E8]
 */
export class GroupCommit {
  private queue: Pending[] = [];
  private scheduled = false;
  private readonly batchTx: Database.Transaction<(batch: Pending[]) => Outcome[]>;

  constructor(db: Database.Database, appendOne: Database.Transaction<(...args: AppendArgs) => AppendResult>) {
    this.batchTx = db.transaction((batch: Pending[]) =>
      batch.map((p): Outcome => {
        try {
          // a transaction function called inside another transaction becomes a savepoint
          return { ok: appendOne(...p.args) };
        } catch (err) {
          return { err };
        }
      }),
    );
  }

  append(args: AppendArgs): Promise<AppendResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ args, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    const batch = this.queue;
    this.queue = [];
    this.scheduled = false;
    let results: Outcome[];
    try {
      results = this.batchTx.immediate(batch);
    } catch (err) {
      for (const p of batch) p.reject(err);
      return;
    }
    results.forEach((r, i) => ('ok' in r ? batch[i]!.resolve(r.ok) : batch[i]!.reject(r.err)));
  }
}
