import { describe, expect, it } from 'vitest';
import { facetsOf, filterRecords, participantNamesIn, type FilterableRecord } from './library.ts';

const rec = (over: Partial<FilterableRecord> = {}): FilterableRecord => ({
  orgId: 'o1',
  orgName: 'Kunta',
  scope: 'org',
  keywords: ['Soitto', 'vanhemmat'],
  theme: 'Yhteistyö',
  sector: 'health',
  ...over,
});

describe('[L4] participant names in a copy', () => {
  it.each([
    [['Maija kertoi'], ['Maija Meikäläinen'], ['maija']],
    [['MEIKÄLÄINEN soitti'], ['Maija Meikäläinen'], ['meikäläinen']],
    [['Maijan idea'], ['Maija'], []], // whole words only (an inflected name is not caught)
    [['Jo ja Li'], ['Jo', 'Li'], []], // names shorter than 3 letters are ignored
    [['Tervetuloa'], [null], []],
  ])('%j with names %j → %j', (texts, names, found) => {
    expect(participantNamesIn(texts, names)).toEqual(found);
  });
});

describe('[L7] filters and facets', () => {
  const rows = [rec(), rec({ orgId: 'o2', orgName: 'Aaltola', scope: 'shared', keywords: [], theme: 'Nuoret', sector: 'youth_work' })];
  it('each filter narrows; keyword and theme ignore case', () => {
    expect(filterRecords(rows, {})).toHaveLength(2);
    expect(filterRecords(rows, { keyword: 'soitto' })).toEqual([rows[0]]);
    expect(filterRecords(rows, { theme: 'nuoret' })).toEqual([rows[1]]);
    expect(filterRecords(rows, { sector: 'health', org: 'o1', scope: 'org' })).toEqual([rows[0]]);
    expect(filterRecords(rows, { sector: 'health', scope: 'shared' })).toEqual([]);
  });
  it('facets are distinct and sorted in Finnish order', () => {
    expect(facetsOf(rows)).toEqual({
      keywords: ['Soitto', 'vanhemmat'],
      themes: ['Nuoret', 'Yhteistyö'],
      sectors: ['health', 'youth_work'],
      orgs: [
        { id: 'o2', name: 'Aaltola' },
        { id: 'o1', name: 'Kunta' },
      ],
    });
  });
});
