/**
 * A place's values of every indicator, for its city page: per indicator, its actual values by
 * stated year (the choices of the indicator's comparison, so the city page and the indicator page
 * agree), drawn over the years when two or more years can be drawn, else its one value; with the
 * indicator page that lists the place.
 */
import type { Element } from 'hast';
import { trendOf } from './charts/indicator.ts';
import type { ComparedIndicator, PlaceSeries } from './compare.ts';
import { comparePagePath, type IndicatorPaging } from './compare-pages.ts';

/** One indicator of a place. */
export interface PlaceIndicatorValues<D extends ComparedIndicator = ComparedIndicator> {
  indicator: D;
  /** The place's values by year, ascending. */
  series: PlaceSeries;
  /** Over the years; null when fewer than two years can be drawn. */
  chart: Element | null;
  /** Site-relative link to the indicator page listing the place: `compare/beds/2/`. */
  path: string;
}

/** The values of the place with division `code` for each indicator that has some, in the pagings' order. */
export function placeValues<D extends ComparedIndicator>(pagings: readonly IndicatorPaging<D>[], code: string): PlaceIndicatorValues<D>[] {
  return pagings.flatMap((paging) => {
    const def = paging.indicator;
    for (const page of paging.pages) {
      const series = page.view.series.find((s) => s.place.code === code);
      if (series) return [{ indicator: def, series, chart: trendOf(def, series, `trend-${def.id}`), path: comparePagePath(def.id, page.number) }];
    }
    return [];
  });
}
