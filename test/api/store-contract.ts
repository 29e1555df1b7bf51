import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../src/domain/events.ts';
import { emptyState } from '../../src/domain/apply.ts';
import type { Store } from '../../src/store/store.ts';

export interface StoreFactory {
  name: string;
  open(): Promise<Store>;
  /** remove what open() created */
  destroy(store: Store): Promise<void>;
}

const ev = (n: number): SessionEvent => ({
  type: 'session.configured',
  settings: { roundMinutes: 15 + (n % 15), showNotesOnScreen: true },
});

/**
 * The rules every store must keep, run against each implementation (SQLite now; PostgreSQL
 * runs the same suite when it lands). Titles cite SPEC rule ids.
 */
export function storeContract(factory: StoreFactory): void {
  describe(`store contract: ${factory.name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await factory.open();
    });
    afterEach(async () => {
      await factory.destroy(store);
    });

    it('[E1] append allocates gap-free seq from 1 per session', async () => {
      expect(await store.events.append('s1', null, [ev(1), ev(2)], 100)).toEqual({ duplicate: false, first: 1, last: 2 });
      expect(await store.events.append('s2', null, [ev(3)], 100)).toEqual({ duplicate: false, first: 1, last: 1 });
      expect(await store.events.append('s1', 'cmd-aaaaaaa1', [ev(4)], 101)).toEqual({ duplicate: false, first: 3, last: 3 });
      expect(await store.events.head('s1')).toBe(3);
      expect(await store.events.head('nope')).toBe(0);
    });

    it('[E2] a command id is applied once; a repeat returns its seq and writes nothing', async () => {
      await store.events.append('s1', 'cmd-aaaaaaa1', [ev(1), ev(2)], 100);
      expect(await store.events.append('s1', 'cmd-aaaaaaa1', [ev(3)], 100)).toEqual({ duplicate: true, seq: 2 });
      expect(await store.events.head('s1')).toBe(2);
      expect(await store.events.commandSeq('s1', 'cmd-aaaaaaa1')).toBe(2);
      expect(await store.events.commandSeq('s2', 'cmd-aaaaaaa1')).toBeNull();
      // the same id in another session is another command
      expect(await store.events.append('s2', 'cmd-aaaaaaa1', [ev(3)], 100)).toEqual({ duplicate: false, first: 1, last: 1 });
    });

    it('[E2] a command with no events is recorded at the current head', async () => {
      await store.events.append('s1', null, [ev(1)], 100);
      expect(await store.events.append('s1', 'cmd-empty001', [], 100)).toEqual({ duplicate: false, first: 2, last: 1 });
      expect(await store.events.append('s1', 'cmd-empty001', [], 100)).toEqual({ duplicate: true, seq: 1 });
    });

    it('[E7] with expectedHead, an append after another writer is a conflict and writes nothing', async () => {
      await store.events.append('s1', null, [ev(1)], 100);
      expect(await store.events.append('s1', 'cmd-exp00001', [ev(2)], 100, 1)).toEqual({ duplicate: false, first: 2, last: 2 });
      expect(await store.events.append('s1', 'cmd-exp00002', [ev(3)], 100, 1)).toEqual({ duplicate: false, conflict: true, head: 2 });
      expect(await store.events.head('s1')).toBe(2);
      expect(await store.events.commandSeq('s1', 'cmd-exp00002')).toBeNull();
      // a duplicate is still a duplicate even with a stale expectedHead
      expect(await store.events.append('s1', 'cmd-exp00001', [ev(2)], 100, 0)).toEqual({ duplicate: true, seq: 2 });
    });

    it('[E4] read returns events after a seq, in order, with seq and time, limited', async () => {
      await store.events.append('s1', null, [ev(1), ev(2), ev(3), ev(4)], 555);
      const r = await store.events.read('s1', 1, 2);
      expect(r.map((e) => e.seq)).toEqual([2, 3]);
      expect(r[0]).toMatchObject({
        type: 'session.configured',
        at: 555,
        settings: ev(2).type === 'session.configured' ? (ev(2) as { settings: unknown }).settings : null,
      });
      expect(await store.events.read('s1', 4)).toEqual([]);
    });

    it('[E5] snapshots: the newest wins, an older one never replaces it', async () => {
      expect(await store.events.loadSnapshot('s1')).toBeNull();
      const st = { ...emptyState('s1'), name: 'ten' };
      await store.events.saveSnapshot('s1', 10, st);
      await store.events.saveSnapshot('s1', 5, { ...st, name: 'five' });
      expect(await store.events.loadSnapshot('s1')).toEqual({ seq: 10, state: st });
    });

    it('[E1] concurrent appends on one session give 1..M with no gap and no duplicate', async () => {
      const writers = 20;
      const each = 10;
      await Promise.all(
        Array.from({ length: writers }, (_, w) =>
          (async () => {
            for (let i = 0; i < each; i++) await store.events.append('s1', `w${w}-cmd-${i}`.padEnd(10, 'x'), [ev(i), ev(i + 1)], 1);
          })(),
        ),
      );
      const all = await store.events.read('s1', 0);
      expect(all.map((e) => e.seq)).toEqual(Array.from({ length: writers * each * 2 }, (_, i) => i + 1));
    });
  });
}
