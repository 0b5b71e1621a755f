import { describe, expect, it } from 'vitest';
import { FACET_LABELS, FACETS, facetValues, withoutFacet } from '../../../src/lib/search/facets.ts';

describe('facets', () => {
  it('each have a label for readers, distinct from the others', () => {
    expect(Object.keys(FACET_LABELS).sort()).toEqual([...FACETS].sort());
    expect(new Set(Object.values(FACET_LABELS)).size).toBe(FACETS.length);
  });
});

describe('facet counts', () => {
  it('leave out the facet being counted and keep the other choices', () => {
    expect(withoutFacet({ city: '乐清市', kind: '工作总结' }, 'city')).toEqual({ kind: '工作总结' });
    expect(withoutFacet({ kind: '工作总结' }, 'city')).toEqual({ kind: '工作总结' });
  });

  it('list the values the index counted, empty ones left out, most frequent first, ties in pinyin order', () => {
    // Pagefind counts every value of a loaded filter, zero for those no result has.
    expect(facetValues({ 义乌市: 1, 天门市: 0, 乐清市: 1, 广州市: 11 })).toEqual([
      { value: '广州市', count: 11 },
      { value: '乐清市', count: 1 },
      { value: '义乌市', count: 1 },
    ]);
    expect(facetValues(undefined)).toEqual([]);
  });
});
