/**
 * What the comparison pages read: each indicator's view divided into pages and the overview by
 * province (src/lib/compare-pages.ts), computed once per version of the comparison data.
 */
import { indicatorView } from '../../lib/compare.ts';
import { PAGE_BUDGET, paginateIndicator, provinceMatrix, type IndicatorPaging } from '../../lib/compare-pages.ts';
import { comparisonData, type ComparisonData } from './comparison-data.ts';

/** Page budget from COMPARE_PAGE_BUDGET (the test build pages the five seeds), else the default. */
function budget(): number {
  const given = process.env.COMPARE_PAGE_BUDGET;
  if (given === undefined || given === '') return PAGE_BUDGET;
  const n = Number(given);
  if (!Number.isInteger(n) || n < 1) throw new Error(`COMPARE_PAGE_BUDGET 须为正整数，而不是“${given}”`);
  return n;
}

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
