/**
 * The /compare/ page as it renders: from the indicator × province overview (compare-pages.ts),
 * one table for actual values and one for targets — per indicator with something of that kind,
 * per province the number of places reporting it and the site-relative link to where they start
 * on the indicator's pages — and the counts its text states.
 */
import type { ComparedIndicator } from './compare.ts';
import { comparePagePath, type IndicatorPaging, type ProvinceMatrix, type ProvinceSummary } from './compare-pages.ts';
import type { MetricRow } from './metrics.ts';

/** What a table of the overview counts: places with a latest actual value, or with a target. */
export type MatrixKind = 'actual' | 'target';

/** One cell: how many places of the province report the indicator, and where they start. */
export interface MatrixCell {
  count: number;
  /** Site-relative link: `compare/beds/2/#p-浙江`. */
  path: string;
}

/** One indicator's row of a table. */
export interface MatrixRow<D extends ComparedIndicator = ComparedIndicator> {
  indicator: D;
  /** Site-relative link to the indicator's first page. */
  path: string;
  /** The places' latest actual values come from different years (actual table only). */
  mixedYears: boolean;
  /** One per column of the matrix; null where the province reports nothing of this kind. */
  cells: (MatrixCell | null)[];
}

/** The /compare/ page's data. */
export interface CompareIndex<D extends ComparedIndicator = ComparedIndicator> {
  /** Province names, the tables' columns. */
  columns: string[];
  /** Rows of indicators some province reports an actual value of. */
  actual: MatrixRow<D>[];
  /** Rows of indicators some province reports a target of. */
  target: MatrixRow<D>[];
  /** Every indicator with the link to its first page and its number of pages. */
  all: { indicator: D; path: string; pages: number }[];
  /** Indicators with an actual value somewhere. */
  withActual: number;
  /** Figures mapped to no indicator. */
  unmapped: number;
}

const COUNTS: Record<MatrixKind, (s: ProvinceSummary) => number> = { actual: (s) => s.actual, target: (s) => s.targets };

function tableRows<D extends ComparedIndicator>(matrix: ProvinceMatrix<D>, kind: MatrixKind): MatrixRow<D>[] {
  const count = COUNTS[kind];
  return matrix.indicators.flatMap((paging, i) => {
    const cells = matrix.columns.map((c) => {
      const s = c.cells[i];
      return s && count(s) > 0 ? { count: count(s), path: `${comparePagePath(paging.indicator.id, s.at.page)}#${s.at.anchor}` } : null;
    });
    if (cells.every((c) => c === null)) return [];
    const mixedYears = kind === 'actual' && paging.years.length > 1;
    return [{ indicator: paging.indicator, path: comparePagePath(paging.indicator.id), mixedYears, cells }];
  });
}

/** What /compare/ is built from (src/data/indicator-pages.ts). */
export interface CompareIndexInput<D extends ComparedIndicator> {
  /** Every indicator, in list order. */
  indicators: readonly D[];
  /** Each indicator's pages by id. */
  pagings: ReadonlyMap<string, IndicatorPaging<D>>;
  matrix: ProvinceMatrix<D>;
  /** Every metric row of the corpus. */
  rows: readonly Pick<MetricRow, 'indicator'>[];
}

/** The tables, the list of indicators and the counts of /compare/. */
export function compareIndex<D extends ComparedIndicator>({ indicators, pagings, matrix, rows }: CompareIndexInput<D>): CompareIndex<D> {
  return {
    columns: matrix.columns.map((c) => c.name),
    actual: tableRows(matrix, 'actual'),
    target: tableRows(matrix, 'target'),
    all: indicators.map((indicator) => ({ indicator, path: comparePagePath(indicator.id), pages: pagings.get(indicator.id)?.pages.length ?? 1 })),
    withActual: matrix.indicators.filter((p) => p.provinces.some((s) => s.actual > 0)).length,
    unmapped: rows.filter((r) => r.indicator === null).length,
  };
}
