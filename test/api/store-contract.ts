import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../src/domain/events.ts';
import { emptyState } from '../../src/domain/apply.ts';
import type { Store } from '../../src/store/store.ts';
import { libraryStoreContract } from './store-contract-library.ts';
import { programmeStoreContract } from './store-contract-programme.ts';
import { surveyStoreContract } from './store-contract-survey.ts';

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

    describe('follow-up records [D2]', () => {
      const user = (id: string) => ({
        id,
        email: `${id}@example.fi`,
        name: `Käyttäjä ${id}`,
        passwordHash: 'x',
        lang: 'fi' as const,
        createdAt: 1,
        isAdmin: false,
      });
      const proc = (id: string, ownerId: string) => ({
        id,
        ownerId,
        orgId: 'org1',
        retentionMonths: null,
        closedAt: null,
        erasedAt: null,
        name: 'Dialogi',
        organisation: 'Org',
        unit: '',
        purpose: '',
        lang: 'fi' as const,
        createdAt: 1,
      });
      beforeEach(async () => {
        await store.orgs.create({ id: 'org1', name: 'Org', require2fa: false, retentionMonths: 12, createdAt: 1 });
        await store.users.create(user('u1'));
        await store.users.create(user('u2'));
        await store.processes.create(proc('p1', 'u1'));
        await store.processes.create(proc('p2', 'u1'));
      });

      it('members: one commissioner per process, replaced or removed', async () => {
        await store.members.set('p1', 'commissioner', 'u2', 10);
        await store.members.set('p2', 'commissioner', 'u2', 11);
        expect(await store.members.list('p1')).toEqual([{ userId: 'u2', role: 'commissioner' }]);
        expect((await store.members.processIdsOf('u2')).map((m) => m.processId).sort()).toEqual(['p1', 'p2']);
        await store.members.set('p1', 'commissioner', 'u1', 12);
        expect(await store.members.list('p1')).toEqual([{ userId: 'u1', role: 'commissioner' }]);
        await store.members.set('p1', 'commissioner', null, 13);
        expect(await store.members.list('p1')).toEqual([]);
        expect(await store.members.processIdsOf('u2')).toEqual([{ processId: 'p2', role: 'commissioner' }]);
      });

      it('docs: put replaces, get per process and kind', async () => {
        expect(await store.docs.get('p1', 'summary')).toBeNull();
        await store.docs.put('p1', 'summary', { data: '{"text":"ä"}', updatedAt: 5, updatedBy: 'u1' });
        await store.docs.put('p1', 'summary', { data: '{"text":"ö"}', updatedAt: 6, updatedBy: 'u2' });
        await store.docs.put('p1', 'followup', { data: '{}', updatedAt: 7, updatedBy: 'u1' });
        expect(await store.docs.get('p1', 'summary')).toEqual({ data: '{"text":"ö"}', updatedAt: 6, updatedBy: 'u2' });
        expect(await store.docs.get('p2', 'summary')).toBeNull();
      });

      it('actions: created, updated and listed in creation order per process', async () => {
        const a = {
          id: 'a1',
          processId: 'p1',
          title: 'Tervetulosoitot',
          owner: 'Liisa',
          due: '2027-02-28',
          status: 'open' as const,
          theme: 'Yhteistyö',
          practiceId: null,
          createdAt: 20,
          updatedAt: 20,
        };
        await store.actions.create(a);
        await store.actions.create({ ...a, id: 'a2', title: 'Toinen', due: null, createdAt: 21, updatedAt: 21 });
        await store.actions.create({ ...a, id: 'a3', processId: 'p2', createdAt: 19, updatedAt: 19 });
        await store.actions.update({ ...a, status: 'done', practiceId: 'practice1', updatedAt: 30 });
        expect(await store.actions.byId('a1')).toEqual({ ...a, status: 'done', practiceId: 'practice1', updatedAt: 30 });
        expect((await store.actions.list('p1')).map((x) => [x.id, x.due])).toEqual([
          ['a1', '2027-02-28'],
          ['a2', null],
        ]);
        expect(await store.actions.byId('nope')).toBeNull();
      });

      it('audit: appended entries come back newest first, per target', async () => {
        await store.audit.append({
          at: 1,
          userId: 'u1',
          action: 'export',
          target: 'process:p1',
          detail: { format: 'pdf' },
          ip: '127.0.0.1',
        });
        await store.audit.append({ at: 2, userId: null, action: 'erase', target: 'process:p1', detail: {}, ip: null });
        await store.audit.append({ at: 3, userId: 'u1', action: 'export', target: 'process:p2', detail: {}, ip: null });
        const log = await store.audit.list('process:p1');
        expect(log.map((e) => [e.action, e.at, e.userId, e.detail])).toEqual([
          ['erase', 2, null, {}],
          ['export', 1, 'u1', { format: 'pdf' }],
        ]);
        expect(log[0]!.id).toBeGreaterThan(log[1]!.id);
      });
    });

    describe('auth records [U5, U7, U8]', () => {
      const user = (id: string) => ({
        id,
        email: `${id}@example.fi`,
        name: id,
        passwordHash: 'x',
        lang: 'fi' as const,
        createdAt: 1,
        isAdmin: false,
      });
      beforeEach(async () => {
        await store.users.create(user('au1'));
        await store.users.create(user('au2'));
      });

      it('mfa: secret and enabledAt per user, cleared with nulls', async () => {
        expect(await store.mfa.get('au1')).toEqual({ secret: null, enabledAt: null });
        await store.mfa.set('au1', 'v1.sealed', null);
        expect(await store.mfa.get('au1')).toEqual({ secret: 'v1.sealed', enabledAt: null });
        await store.mfa.set('au1', 'v1.sealed', 4_102_444_800_000);
        expect(await store.mfa.get('au1')).toEqual({ secret: 'v1.sealed', enabledAt: 4_102_444_800_000 });
        expect(await store.mfa.get('au2')).toEqual({ secret: null, enabledAt: null });
        await store.mfa.set('au1', null, null);
        expect(await store.mfa.get('au1')).toEqual({ secret: null, enabledAt: null });
      });

      it('recovery codes: each works once, per user; a new set replaces the old one', async () => {
        await store.mfa.setRecoveryCodes('au1', ['h1', 'h2', 'h3']);
        await store.mfa.setRecoveryCodes('au2', ['h1']);
        expect(await store.mfa.unusedRecoveryCodes('au1')).toBe(3);
        expect(await store.mfa.useRecoveryCode('au1', 'h2', 10)).toBe(true);
        expect(await store.mfa.useRecoveryCode('au1', 'h2', 11)).toBe(false);
        expect(await store.mfa.useRecoveryCode('au1', 'nope', 11)).toBe(false);
        expect(await store.mfa.unusedRecoveryCodes('au1')).toBe(2);
        expect(await store.mfa.unusedRecoveryCodes('au2')).toBe(1);
        await store.mfa.setRecoveryCodes('au1', ['h4']);
        expect(await store.mfa.useRecoveryCode('au1', 'h1', 12)).toBe(false);
        expect(await store.mfa.unusedRecoveryCodes('au1')).toBe(1);
        expect(await store.mfa.useRecoveryCode('au2', 'h1', 12)).toBe(true);
        await store.mfa.setRecoveryCodes('au1', []);
        expect(await store.mfa.unusedRecoveryCodes('au1')).toBe(0);
      });

      it('a recovery code used by several requests at once works for exactly one', async () => {
        await store.mfa.setRecoveryCodes('au1', ['race']);
        const r = await Promise.all(Array.from({ length: 8 }, (_, i) => store.mfa.useRecoveryCode('au1', 'race', i)));
        expect(r.filter(Boolean)).toHaveLength(1);
      });

      it('user tokens: used once, only for their purpose, only before they expire', async () => {
        await store.userTokens.create('t1', 'au1', 'reset', 1000);
        await store.userTokens.create('t2', 'au2', 'mfa', 1000);
        expect(await store.userTokens.consume('t1', 'mfa', 1)).toBeNull();
        expect(await store.userTokens.consume('t1', 'reset', 999)).toBe('au1');
        expect(await store.userTokens.consume('t1', 'reset', 999)).toBeNull();
        expect(await store.userTokens.consume('t2', 'mfa', 1000)).toBeNull(); // expired at 1000
        expect(await store.userTokens.consume('nope', 'reset', 1)).toBeNull();
        await store.userTokens.create('t3', 'au1', 'reset', 1000);
        const r = await Promise.all(Array.from({ length: 8 }, () => store.userTokens.consume('t3', 'reset', 5)));
        expect(r.filter((x) => x !== null)).toEqual(['au1']);
        // after a reset, the other links of that user (and only those) stop working
        await store.userTokens.create('t4', 'au1', 'reset', 1000);
        await store.userTokens.create('t5', 'au1', 'mfa', 1000);
        await store.userTokens.create('t6', 'au2', 'reset', 1000);
        await store.userTokens.useAllFor('au1', 'reset');
        expect(await store.userTokens.consume('t4', 'reset', 5)).toBeNull();
        expect(await store.userTokens.consume('t5', 'mfa', 5)).toBe('au1');
        expect(await store.userTokens.consume('t6', 'reset', 5)).toBe('au2');
      });

      it('throttle: counters by key, replaced and cleared; times beyond 32 bits', async () => {
        expect(await store.throttle.get('login-email:a@b.fi')).toBeNull();
        await store.throttle.set('login-email:a@b.fi', 1, 0, 100);
        await store.throttle.set('login-email:a@b.fi', 5, 4_102_444_860_000, 4_102_444_800_000);
        await store.throttle.set('login-ip:127.0.0.1', 2, 0, 7);
        expect(await store.throttle.get('login-email:a@b.fi')).toEqual({
          failures: 5,
          lockedUntil: 4_102_444_860_000,
          updatedAt: 4_102_444_800_000,
        });
        await store.throttle.clear('login-email:a@b.fi');
        await store.throttle.clear('never-set');
        expect(await store.throttle.get('login-email:a@b.fi')).toBeNull();
        expect(await store.throttle.get('login-ip:127.0.0.1')).toEqual({ failures: 2, lockedUntil: 0, updatedAt: 7 });
      });
    });

    surveyStoreContract(() => store);

    programmeStoreContract(() => store);
    libraryStoreContract(() => store);
  });
}
