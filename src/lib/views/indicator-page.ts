/**
 * One page of an indicator (/compare/<indicator>/, /compare/<indicator>/<n>/) as it renders: its
 * charts, the values its tables list, the places it holds by province, the overview by province
 * on the first of several pages, and where the figures continue; all drawn from the page's own
 * view (compare-pages.ts), links as site-relative paths.
 */
import type { Element } from 'hast';
import { latestChart, latestReading, perCapitaChart, perCapitaValues, trendCharts } from './charts/indicator.ts';
import type { ComparedIndicator, IndicatorView, PlaceSeries, PlaceValue } from './compare.ts';
import { comparePagePath, type IndicatorPage, type IndicatorPaging, type ProvinceSummary } from './compare-pages.ts';
import type { MetricRow } from './metrics.ts';
import { peerGroups, type PeerGroup } from './peer-levels.ts';

/** A province in the overview, with the link to where it starts. */
export interface IndicatorOverviewProvince extends ProvinceSummary {
  /** Site-relative link: `compare/beds/2/#p-浙江`. */
  path: string;
  /** Years of its latest actual values: `2022、2023年`, `—` when none. */
  yearsLabel: string;
}

/** The overview by province on the first of several pages. */
export interface IndicatorOverview {
  /** Places with a latest actual value. */
  actual: number;
  /** Figures mapped to the indicator. */
  rows: number;
  provinces: IndicatorOverviewProvince[];
}

/** A province's places on the page. */
export interface PlacesOfProvince {
  /** Element id: where the province's places start. */
  anchor: string;
  name: string;
  /** The place names, `、`-separated; figures of unknown place as 地区未确定的数字. */
  places: string;
  /** Some of the province's places continue from the previous page. */
  continued: boolean;
}

/** Everything one indicator page shows. */
export interface IndicatorPageView<D extends ComparedIndicator = ComparedIndicator> {
  indicator: D;
  /** 1-based page number. */
  number: number;
  total: number;
  first: boolean;
  /** The indicator takes several pages. */
  paged: boolean;
  /** Where the page's statements apply: `本页` when paged, else nothing. */
  here: string;
  page: IndicatorPage<D>;
  /** The indicator's view restricted to this page. */
  view: IndicatorView<D>;
  charts: { latest: Element | null; perCapita: Element | null };
  /** How to read the latest values' chart (bars from zero, or dots on an axis not from zero). */
  latestReading: string;
  /** Latest values by level, then province: peers side by side. */
  peers: PeerGroup[];
  /** One chart over the years per place with two or more years to draw, in place order. */
  trends: { series: PlaceSeries; chart: Element }[];
  /** Latest targets as one-point series. */
  targets: PlaceSeries[];
  /** Latest counts with a population, for the per-capita table. */
  withPopulation: PlaceValue[];
  /** Names of the places whose latest count has no population (counts only). */
  withoutPopulation: string[];
  /** Rows in another unit than the indicator's, left out of the comparison. */
  otherUnit: ReadonlySet<MetricRow>;
  /** Rows of a different measure, with the measure's name, left out of the comparison. */
  otherMeasure: ReadonlyMap<MetricRow, string>;
  /** Null unless this is the first of several pages. */
  overview: IndicatorOverview | null;
  placesByProvince: PlacesOfProvince[];
  /** The place whose figures go on on the next page, with the link to it; null when none does. */
  continues: { name: string; path: string } | null;
}

/** Values as one-point series. */
function asSeries(values: readonly PlaceValue[]): PlaceSeries[] {
  return values.map((v) => ({ place: v.place, points: [v.choice] }));
}

function overviewOf(paging: IndicatorPaging): IndicatorOverview {
  return {
    actual: paging.provinces.reduce((n, p) => n + p.actual, 0),
    rows: paging.provinces.reduce((n, p) => n + p.rows, 0),
    provinces: paging.provinces.map((p) => ({
      ...p,
      path: `${comparePagePath(paging.indicator.id, p.at.page)}#${p.at.anchor}`,
      yearsLabel: p.years.length === 0 ? '—' : `${p.years.join('、')}年`,
    })),
  };
}

/** Page `number` (1-based) of an indicator's pages. */
export function indicatorPageView<D extends ComparedIndicator>(paging: IndicatorPaging<D>, number: number): IndicatorPageView<D> {
  const page = paging.pages[number - 1];
  if (!page) throw new Error(`indicator ${paging.indicator.id} has no page ${number}`);
  const { view } = page;
  const total = paging.pages.length;
  const paged = total > 1;
  const next = paging.pages[number]?.entries[0];
  return {
    indicator: paging.indicator,
    number,
    total,
    first: number === 1,
    paged,
    here: paged ? '本页' : '',
    page,
    view,
    charts: {
      latest: latestChart(view, 'latest'),
      perCapita: view.isCount ? perCapitaChart(view, 'per-capita') : null,
    },
    latestReading: latestReading(view.latest.map((v) => v.choice.row.value)),
    peers: peerGroups(view.latest),
    trends: trendCharts(view, 'trend'),
    targets: asSeries(view.targets),
    withPopulation: perCapitaValues(view),
    withoutPopulation: view.isCount ? view.latest.filter((v) => v.perCapita === null).map((v) => v.place.name) : [],
    otherUnit: new Set(view.otherUnit),
    otherMeasure: new Map(view.otherMeasures.flatMap((m) => m.rows.map((r) => [r, m.measure.name] as const))),
    overview: number === 1 && paged ? overviewOf(paging) : null,
    placesByProvince: [...Map.groupBy(page.entries, (e) => e.province.anchor).values()].map((entries) => ({
      anchor: entries[0].province.anchor,
      name: entries[0].province.name,
      places: entries.map((e) => (e.place ? e.place.name : '地区未确定的数字')).join('、'),
      continued: entries.some((e) => !e.starts),
    })),
    continues: next?.starts === false ? { name: next.place?.name ?? '地区未确定', path: comparePagePath(paging.indicator.id, number + 1) } : null,
  };
}
