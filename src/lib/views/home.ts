/**
 * The home page's few key indicators: those the most places state a latest actual value for, each
 * with every place's value (as written, with its year, linked to its sentence by the page). Only
 * indicators at least two places state are shown: the home page compares places.
 */
import type { ComparedIndicator, PlaceValue } from './compare.ts';
import { comparePagePath, type IndicatorPaging } from './compare-pages.ts';

export interface KeyIndicator<D extends ComparedIndicator = ComparedIndicator> {
  indicator: D;
  /** Site-relative path of the indicator's first page. */
  path: string;
  /** Each place's latest actual value, highest first. */
  values: PlaceValue[];
}

/** At most `count` indicators, most places first (then by name); each place's latest value from its page. */
export function keyIndicators<D extends ComparedIndicator>(pagings: Iterable<IndicatorPaging<D>>, count: number): KeyIndicator<D>[] {
  const all: KeyIndicator<D>[] = [];
  for (const paging of pagings) {
    // Every place's latest value is on exactly one of the indicator's pages.
    const values = paging.pages.flatMap((page) => page.view.latest).sort((a, b) => b.choice.row.value - a.choice.row.value);
    if (values.length >= 2) all.push({ indicator: paging.indicator, path: comparePagePath(paging.indicator.id), values });
  }
  return all
    .sort((a, b) => b.values.length - a.values.length || a.indicator.name.localeCompare(b.indicator.name, 'zh-CN'))
    .slice(0, count);
}
