/**
 * Search facets: what results can be filtered by, how a choice of values is held, and the counts
 * of each facet's values as the search page lists them. Runs in the browser (see index.ts).
 */

/** The facets search results can be filtered by. */
export const FACETS = ['city', 'province', 'year', 'kind', 'topic'] as const;
export type Facet = (typeof FACETS)[number];

/** Facet names as shown to readers. */
export const FACET_LABELS: Record<Facet, string> = {
  city: '城市',
  province: '省份',
  year: '年份',
  kind: '类型',
  topic: '主题',
};

/** One value per facet; an absent facet is not filtered on. */
export type FilterSelection = Partial<Record<Facet, string>>;

/** A facet value and how many results have it. */
export interface FacetCount {
  value: string;
  count: number;
}

/** The selection without one facet's choice: what that facet's counts are taken over. */
export function withoutFacet(selection: FilterSelection, facet: Facet): FilterSelection {
  const { [facet]: _, ...others } = selection;
  return others;
}

/** A facet's value counts as the index gave them, without the empty ones, most frequent first. */
export function facetValues(counts: Record<string, number> = {}): FacetCount[] {
  return Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'zh-Hans-CN'));
}
