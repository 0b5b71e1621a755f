/**
 * What the indicator comparison pages (/compare/, /compare/<indicator>/…) read: the corpus
 * (corpus.ts) with each indicator's view divided into pages and the indicator × province overview
 * (src/lib/views/compare-pages.ts), computed once per version of the corpus.
 */
import { getCollection } from 'astro:content';
import { indicatorView, INDICATOR_PAGE_BUDGET, paginateIndicator, provinceMatrix, type IndicatorPaging } from '../lib/views/index.ts';
import { positiveIntegerSetting } from '../lib/settings.ts';
import { corpusData, type CorpusData } from './corpus.ts';

/** Page budget from COMPARE_PAGE_BUDGET (the test build pages the five seeds), else the default. */
const budget = (): number => positiveIntegerSetting('COMPARE_PAGE_BUDGET', process.env.COMPARE_PAGE_BUDGET, INDICATOR_PAGE_BUDGET);

function computeIndicatorPages(data: CorpusData) {
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

export type IndicatorPagesData = ReturnType<typeof computeIndicatorPages>;

// corpusData() keeps its result's identity until the content changes, so it is the cache key.
const cache = new WeakMap<CorpusData, IndicatorPagesData>();

/** The corpus with every indicator's pages and the overview by province. */
export async function indicatorPagesData(): Promise<IndicatorPagesData> {
  const data = await corpusData();
  let out = cache.get(data);
  if (!out) cache.set(data, (out = computeIndicatorPages(data)));
  return out;
}

/** Each indicator's definition (the body of content/indicators/<id>.md) as HTML, by id; `''` when the body is empty. */
export async function indicatorDefinitions(): Promise<Map<string, string>> {
  return new Map((await getCollection('indicators')).map((e) => [e.id, e.rendered?.html ?? '']));
}
