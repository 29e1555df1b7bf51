import { beforeEach, describe, expect, it } from 'vitest';
import type { LibraryPracticeRow, Store } from '../../src/store/store.ts';

/** The practice library part of the store contract (run inside storeContract, after its store is opened). */
export function libraryStoreContract(get: () => Store): void {
  describe('library records [L1, L2, L6, L8]', () => {
    let store: Store;
    beforeEach(() => {
      store = get();
    });
    const rec = (id: string, orgId: string, scope: 'org' | 'shared', practiceId: string): LibraryPracticeRow => ({
      id,
      orgId,
      scope,
      processId: `proc-${orgId}`,
      practiceId,
      title: 'Tervetulosoitto "kotiin"',
      description: 'Soitetaan vanhemmille ennen aloitusta.',
      keywords: ['soitto', 'vanhemmat'],
      context: 'Päiväkoti',
      theme: 'Yhteistyö vanhempien kanssa',
      sector: 'early_childhood',
      orgName: orgId,
      unit: 'Yksikkö',
      processName: 'Dialogi',
      sessionDate: 1_700_000_000_000,
      method: 'hkd',
      publishedBy: 'lu1',
      publishedAt: id === 'lb1' ? 200 : 100,
    });
    beforeEach(async () => {
      for (const id of ['org-l', 'org-m']) await store.orgs.create({ id, name: id, require2fa: false, retentionMonths: 12, createdAt: 1 });
      await store.library.publish(rec('la1', 'org-l', 'org', 'pr-1'), [
        { key: 'perh', weight: 3 },
        { key: 'työntekij', weight: 1 },
      ]);
      await store.library.publish(rec('lb1', 'org-m', 'shared', 'pr-1'), [{ key: 'perhekeskus', weight: 2 }]);
      await store.library.publish(rec('lc1', 'org-m', 'org', 'pr-2'), []);
    });

    it('a copy reads back whole; one copy per source practice', async () => {
      expect(await store.library.byId('la1')).toEqual(rec('la1', 'org-l', 'org', 'pr-1'));
      expect(await store.library.byId('nope')).toBeNull();
      expect((await store.library.byProcess('proc-org-m')).map((r) => r.id)).toEqual(['lc1', 'lb1']);
      await expect(store.library.publish(rec('lx1', 'org-l', 'org', 'pr-1'), [])).rejects.toThrow();
      expect(await store.library.byId('lx1')).toBeNull();
    });

    it('visibility: the given organisations (any scope) and, if asked, every shared record', async () => {
      const ids = async (orgs: string[], shared: boolean) => (await store.library.visible(orgs, shared)).map((r) => r.id);
      expect(await ids(['org-l'], false)).toEqual(['la1']);
      expect(await ids(['org-l'], true)).toEqual(['lb1', 'la1']);
      expect(await ids([], true)).toEqual(['lb1']);
      expect(await ids([], false)).toEqual([]);
      await store.library.setScope('lb1', 'org');
      expect(await ids(['org-l'], true)).toEqual(['la1']);
    });

    it('keys by prefix compare code points (ä, ö) the same on every store', async () => {
      const keys = async (prefix: string) =>
        (await store.library.keysWithPrefix(prefix)).map((k) => `${k.recordId}:${k.key}:${k.weight}`).sort();
      expect(await keys('perh')).toEqual(['la1:perh:3', 'lb1:perhekeskus:2']);
      expect(await keys('perhe')).toEqual(['lb1:perhekeskus:2']);
      expect(await keys('työ')).toEqual(['la1:työntekij:1']);
      expect(await keys('tyo')).toEqual([]);
      expect(await keys('Perh')).toEqual([]);
    });

    it('meetups: running order, token hash, withdrawal drops items', async () => {
      const m = {
        id: 'mt1',
        orgId: 'org-l',
        title: 'Kohtaamo',
        date: '2027-03-01',
        place: 'Sali',
        description: '',
        publicTokenHash: 'h1',
        publicTokenSealed: 'v1.x',
        createdBy: 'lu1',
        createdAt: 5,
        updatedAt: 5,
      };
      await store.meetups.create(m);
      await store.meetups.create({ ...m, id: 'mt2', date: null, publicTokenHash: null, publicTokenSealed: null, createdAt: 6 });
      expect(await store.meetups.byId('mt1')).toEqual(m);
      expect(await store.meetups.byTokenHash('h1')).toEqual(m);
      expect(await store.meetups.byTokenHash('h2')).toBeNull();
      expect((await store.meetups.listByOrg('org-l')).map((x) => x.id)).toEqual(['mt2', 'mt1']);
      await store.meetups.setItems('mt1', [
        { practiceId: 'lb1', note: 'Ensin' },
        { practiceId: 'la1', note: '' },
      ]);
      await store.meetups.setItems('mt1', [
        { practiceId: 'la1', note: 'Ensin' },
        { practiceId: 'lb1', note: 'Sitten' },
      ]);
      expect(await store.meetups.items('mt1')).toEqual([
        { practiceId: 'la1', note: 'Ensin' },
        { practiceId: 'lb1', note: 'Sitten' },
      ]);
      await store.meetups.update({ ...m, title: 'Uusi', publicTokenHash: null, publicTokenSealed: null, updatedAt: 9 });
      expect(await store.meetups.byTokenHash('h1')).toBeNull();
      expect((await store.meetups.byId('mt1'))!.title).toBe('Uusi');
      await store.library.withdraw('la1');
      expect(await store.library.byId('la1')).toBeNull();
      expect(await store.library.keysWithPrefix('perh')).toEqual([{ recordId: 'lb1', key: 'perhekeskus', weight: 2 }]);
      expect(await store.meetups.items('mt1')).toEqual([{ practiceId: 'lb1', note: 'Sitten' }]);
      await store.meetups.delete('mt1');
      expect(await store.meetups.byId('mt1')).toBeNull();
      expect(await store.meetups.items('mt1')).toEqual([]);
    });
  });
}
