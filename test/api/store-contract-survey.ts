import { beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.ts';

/** The wellbeing survey's part of the store contract (run inside storeContract, after its store is opened). */
export function surveyStoreContract(get: () => Store): void {
  describe('survey records [WB3, WB4]', () => {
    let store: Store;
    beforeEach(() => {
      store = get();
    });
    const items = [
      { id: 'a', text: { fi: 'A', sv: 'A', en: 'A' } },
      { id: 'b', text: { fi: 'B', sv: 'B', en: 'B' } },
    ];
    beforeEach(async () => {
      await store.orgs.create({ id: 'org-s', name: 'Org S', require2fa: false, retentionMonths: 12, createdAt: 1 });
      await store.users.create({
        id: 'us',
        email: 'us@example.fi',
        name: 'U',
        passwordHash: 'x',
        lang: 'fi',
        createdAt: 1,
        isAdmin: false,
      });
      await store.processes.create({
        ...{ id: 'ps', ownerId: 'us', orgId: 'org-s', retentionMonths: null, closedAt: null, erasedAt: null },
        ...{ name: 'D', organisation: 'Org S', unit: '', purpose: '', lang: 'sv' as const, createdAt: 1 },
      });
      await store.surveys.create({ id: 'sv-pre', processId: 'ps', phase: 'pre', items, closedAt: null, createdAt: 5 });
      await store.surveys.addTokens('sv-pre', ['h1', 'h2', 'h3']);
    });

    it('a token answers once, in one transaction with the answer; concurrent uses give one ok', async () => {
      expect((await store.surveys.byToken('h1'))?.id).toBe('sv-pre');
      const raced = await Promise.all([store.surveys.answer('h1', 'ans-1', [1, null], 2), store.surveys.answer('h1', 'ans-2', [5, 5], 2)]);
      expect(raced.sort()).toEqual(['gone', 'ok']);
      expect(await store.surveys.byToken('h1')).toBeNull();
      expect(await store.surveys.answer('nope', 'ans-3', [1, 1], 2)).toBe('gone');
      // a changed item count rolls back: the token stays unused
      expect(await store.surveys.answer('h2', 'ans-4', [1], 1)).toBe('stale');
      expect(await store.surveys.tokenCounts('sv-pre')).toEqual({ total: 3, used: 1 });
      expect(await store.surveys.answerCount('sv-pre')).toBe(1);
      expect((await store.surveys.answers('sv-pre')).length).toBe(1);
    });

    it('items change only before the first answer; a closed survey takes no answers', async () => {
      expect(await store.surveys.setItems('ps', [items[1]!, items[0]!])).toBe(true);
      expect((await store.surveys.byId('sv-pre'))!.items.map((i) => i.id)).toEqual(['b', 'a']);
      expect(await store.surveys.answer('h1', 'ans-1', [2, 3], 2)).toBe('ok');
      expect(await store.surveys.setItems('ps', items)).toBe(false);
      await store.surveys.close('sv-pre', 9);
      expect(await store.surveys.byToken('h2')).toBeNull();
      expect(await store.surveys.answer('h2', 'ans-2', [2, 3], 2)).toBe('gone');
      expect(await store.surveys.tokenCounts('sv-pre')).toEqual({ total: 3, used: 1 });
      expect(await store.surveys.byProcess('ps')).toEqual([
        { id: 'sv-pre', processId: 'ps', phase: 'pre', items: [items[1], items[0]], closedAt: 9, createdAt: 5 },
      ]);
      expect(await store.surveys.answers('sv-pre')).toEqual([[2, 3]]);
    });
  });
}
