import { beforeEach, describe, expect, it } from 'vitest';
import type { CommissionRow, Store } from '../../src/store/store.ts';

/** The programme part of the store contract (run inside storeContract, after its store is opened). */
export function programmeStoreContract(get: () => Store): void {
  describe('programme records [PR1–PR9]', () => {
    let store: Store;
    beforeEach(() => {
      store = get();
    });
    const proc = (id: string, orgId: string, createdAt: number) => ({
      id,
      ownerId: 'pu1',
      orgId,
      name: id,
      organisation: orgId,
      unit: '',
      purpose: '',
      lang: 'fi' as const,
      createdAt,
      retentionMonths: null,
      closedAt: null,
      erasedAt: null,
    });
    const commission = (processId: string): CommissionRow => ({
      processId,
      categoryId: null,
      method: 'hkd',
      participantGroups: ['workers'],
      plans: [{ session: 'session1', startsAt: 4_102_444_800_000, place: 'Sali "A"', online: false, facilitatorIds: ['pu1'] }],
      readiness: 'no',
      readinessOverride: '',
      agreedWith: 'Edustajat',
      agreedOn: '2025-02-01',
      consentToShare: 'later',
      participants: null,
      state: 'draft',
      updatedAt: 5,
      updatedBy: 'pu1',
    });
    beforeEach(async () => {
      await store.orgs.create({ id: 'org-p', name: 'Org P', require2fa: false, retentionMonths: 12, createdAt: 1 });
      await store.orgs.create({ id: 'org-q', name: 'Org Q', require2fa: false, retentionMonths: 12, createdAt: 1 });
      await store.users.create({
        id: 'pu1',
        email: 'pu1@example.fi',
        name: 'P',
        passwordHash: 'x',
        lang: 'fi',
        createdAt: 1,
        isAdmin: false,
      });
      await store.processes.create(proc('pp1', 'org-p', 10));
      await store.processes.create(proc('pp2', 'org-p', 20));
      await store.processes.create(proc('pq1', 'org-q', 30));
    });

    it('commissions: stored as given, replaced without touching the state, listed per organisation', async () => {
      expect(await store.programme.commission('pp1')).toBeNull();
      await store.programme.putCommission(commission('pp1'));
      await store.programme.putCommission(commission('pq1'));
      expect(await store.programme.commission('pp1')).toEqual(commission('pp1'));
      expect(await store.programme.transition({ processId: 'pp1', from: 'draft', to: 'agreed', userId: 'pu1', at: 7, note: 'syy' })).toBe(
        true,
      );
      await store.programme.putCommission({ ...commission('pp1'), method: 'eratauko', participants: 12, updatedAt: 8 });
      expect(await store.programme.commission('pp1')).toEqual({
        ...commission('pp1'),
        method: 'eratauko',
        participants: 12,
        updatedAt: 8,
        state: 'agreed',
      });
      expect((await store.programme.commissionsOf('org-p')).map((c) => c.processId)).toEqual(['pp1']);
      expect((await store.programme.commissionsOf('org-q')).map((c) => c.processId)).toEqual(['pq1']);
    });

    it('transition: compare-and-set with its history row; a stale one writes nothing, also under a race', async () => {
      await store.programme.putCommission(commission('pp1'));
      const t = { processId: 'pp1', from: 'draft', to: 'agreed', userId: 'pu1', at: 7, note: 'syy' } as const;
      const raced = await Promise.all([store.programme.transition(t), store.programme.transition(t), store.programme.transition(t)]);
      expect(raced.filter(Boolean)).toHaveLength(1);
      expect(await store.programme.transition({ ...t, at: 9 })).toBe(false);
      expect(await store.programme.transition({ ...t, from: 'agreed', to: 'session1', at: 4_102_444_800_000, note: '' })).toBe(true);
      expect(await store.programme.transition({ ...t, processId: 'pp2' })).toBe(false); // no commission
      expect(await store.programme.history('pp1')).toEqual([t, { ...t, from: 'agreed', to: 'session1', at: 4_102_444_800_000, note: '' }]);
      expect((await store.programme.commission('pp1'))!.state).toBe('session1');
      expect(await store.programme.history('pp2')).toEqual([]);
    });

    it('categories, profiles and hours per organisation', async () => {
      await store.programme.putCategory({ id: 'cat1', orgId: 'org-p', name: 'Työyhteisö', archived: false, createdAt: 2 });
      await store.programme.putCategory({ id: 'cat0', orgId: 'org-p', name: 'Erätauko', archived: false, createdAt: 1 });
      await store.programme.putCategory({ id: 'cat1', orgId: 'org-p', name: 'Työyhteisöt', archived: true, createdAt: 99 });
      expect(await store.programme.categories('org-p')).toEqual([
        { id: 'cat0', orgId: 'org-p', name: 'Erätauko', archived: false, createdAt: 1 },
        { id: 'cat1', orgId: 'org-p', name: 'Työyhteisöt', archived: true, createdAt: 2 },
      ]);
      expect(await store.programme.categories('org-q')).toEqual([]);

      const profile = {
        orgId: 'org-p',
        userId: 'pu1',
        languages: ['fi', 'sv'],
        methods: ['hkd'],
        availability: 'ti',
        allowanceMinutes: 360,
        updatedAt: 3,
      };
      await store.programme.putProfile(profile);
      await store.programme.putProfile({ ...profile, allowanceMinutes: null, updatedAt: 4 });
      expect(await store.programme.profiles('org-p')).toEqual([{ ...profile, allowanceMinutes: null, updatedAt: 4 }]);
      expect(await store.programme.profiles('org-q')).toEqual([]);

      const h = {
        id: 'h1',
        orgId: 'org-p',
        processId: 'pp1',
        session: 'session1',
        userId: 'pu1',
        at: 4_102_444_800_000,
        minutes: 90,
        createdAt: 5,
        createdBy: 'pu1',
      } as const;
      await store.programme.addHours(h);
      await store.programme.addHours({ ...h, id: 'h0', at: 1000 });
      await store.programme.addHours({ ...h, id: 'hq', orgId: 'org-q', processId: 'pq1' });
      expect((await store.programme.hoursOf('org-p', 0, 5_000_000_000_000)).map((x) => x.id)).toEqual(['h0', 'h1']);
      expect(await store.programme.hoursOf('org-p', 1001, 4_102_444_800_000)).toEqual([]);
      expect(await store.programme.hoursOf('org-p', 1001, 4_102_444_800_001)).toEqual([h]);
    });
  });
}
