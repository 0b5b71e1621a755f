/**
 * What the comparison pages read: each indicator's view divided into pages and the overview by
 * province (src/lib/compare-pages.ts), computed once per version of the comparison data.
 */
import { indicatorView } from '../lib/views/compare.ts';
import { PAGE_BUDGET, paginateIndicator, provinceMatrix, type IndicatorPaging } from '../lib/views/compare-pages.ts';
import { positiveIntegerSetting } from '../lib/settings.ts';
import { comparisonData, type ComparisonData } from './comparison.ts';

/** Page budget from COMPARE_PAGE_BUDGET (the test build pages the five seeds), else the default. */
const budget = (): number => positiveIntegerSetting('COMPARE_PAGE_BUDGET', process.env.COMPARE_PAGE_BUDGET, PAGE_BUDGET);

function computeCompare(data: ComparisonData) {
  const { rows, indicators, places, populations } = data;
  // Each indicator's rows once, rather than every indicator filtering all rows.
  const rowsOf = Map.groupBy(rows, (r) => r.indicator ?? '');
  const pagings = indicators.map((def) => paginateIndicator(indicatorView(rowsOf.get(def.id) ?? [], def, places, populations), places, budget()));
  return {
    ...data,
    /** Each indicator's pages by indicator id. */
    pagings: new Map<string, IndicatorPaging<(typeof indicators)[number]>>(pagings.map((p) => [p.indicator.id, p])),
    /** The indicator × province overview of /compare/. */
    matrix: provinceMatrix(pagings, places),
  };
}

// comparisonData() keeps its result's identity until the content changes, so it is the cache key.
const cache = new WeakMap<ComparisonData, ReturnType<typeof computeCompare>>();

/** The comparison data with every indicator's pages. */
export async function compareData(): Promise<ReturnType<typeof computeCompare>> {
  const data = await comparisonData();
  let out = cache.get(data);
  if (!out) cache.set(data, (out = computeCompare(data)));
  return out;
}
