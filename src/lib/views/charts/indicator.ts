/**
 * The charts of an indicator's page, drawn from its view (compare.ts): latest values side by side
 * (a dot plot when they are far from zero), the same per 10,000 residents for counts, and each
 * place's values over the years (also on its city page). Only single values of a stated year are
 * plotted; ranges and undated figures stay in the table beneath.
 */
import type { Element } from 'hast';
import type { ComparedIndicator, IndicatorView, PlaceSeries, PlaceValue } from '../compare.ts';
import { type Choice, PER_RESIDENTS_LABEL, type MetricRow } from '../metrics.ts';
import { barChart, farFromZero } from './bars.ts';
import { formatNumber } from './format.ts';
import { trendChart } from './trend.ts';

/** Whether a row can be drawn as one point: a single value of a stated year. */
function plottable(row: MetricRow): boolean {
  return row.year !== null && row.upperValue === null;
}

function unitSuffix(def: ComparedIndicator, per = ''): string {
  return `（${def.unit}${per}）`;
}

/** `乐清（2023年）：90.45%`. */
function tooltip(place: string, row: MetricRow): string {
  return `${place}（${row.year}年）：${row.raw}`;
}

/** Latest actual values, one bar per place; the year goes next to the value when years differ. */
export function latestChart(view: IndicatorView, id: string): Element | null {
  const values = view.latest.filter((v) => plottable(v.choice.row));
  if (values.length === 0) return null;
  const mixed = view.years.length > 1;
  const def = view.indicator;
  const reading = latestReading(values.map((v) => v.choice.row.value));
  return barChart(
    values.map(({ place, choice: { row } }) => ({
      label: place.name,
      value: row.value,
      display: mixed ? `${row.raw}（${row.year}）` : row.raw,
      tooltip: tooltip(place.name, row),
    })),
    {
      id,
      title: `${def.name}：各地最新实际值`,
      desc: `${values.length}个地区最新报告的${def.name}实际值，${reading}${mixed ? `年份不同（${view.years.join('、')}年），比较时请注意。` : `均为${view.years[0]}年。`}`,
      axisLabel: `${def.name}${unitSuffix(def)}`,
    },
  );
}

/** How to read the latest values' chart: bars from zero, or dots on an axis that does not start at zero. */
export function latestReading(values: readonly number[]): string {
  return farFromZero(values) ? '各地数值相近且远离零，画成点图：横轴不从零开始，点越靠右数值越大。' : '条形从零开始，越长数值越大。';
}

/** The places whose latest count can be set against their population. */
export function perCapitaValues(view: IndicatorView): PlaceValue[] {
  return view.latest.filter((v) => v.perCapita !== null && plottable(v.choice.row));
}

/** Counts per 10,000 residents, one bar per place with a known population. */
export function perCapitaChart(view: IndicatorView, id: string): Element | null {
  const values = perCapitaValues(view).sort((a, b) => (b.perCapita?.value ?? 0) - (a.perCapita?.value ?? 0));
  if (values.length === 0) return null;
  const def = view.indicator;
  return barChart(
    values.map(({ place, choice: { row }, perCapita }) => {
      const shown = `${formatNumber(perCapita!.value)}${def.unit}`;
      return {
        label: place.name,
        value: perCapita!.value,
        display: shown,
        tooltip: `${place.name}：${row.raw}（${row.year}年）÷ ${formatNumber(perCapita!.population.value)}人（${perCapita!.population.year}年）= 每${PER_RESIDENTS_LABEL}${shown}`,
        };
    }),
    {
      id,
      title: `${def.name}：每${PER_RESIDENTS_LABEL}常住人口`,
      desc: `${values.length}个地区最新报告的${def.name}除以常住人口，按每${PER_RESIDENTS_LABEL}计。人口年份与数值年份可能不同，见下表。`,
      axisLabel: `${def.name}${unitSuffix(def, `/${PER_RESIDENTS_LABEL}`)}`,
    },
  );
}

/** A place's plottable values over the years, when there are at least two. */
function trendPoints(points: readonly Choice[]): Choice[] | null {
  const plotted = points.filter((c) => plottable(c.row));
  return plotted.length > 1 ? plotted : null;
}

/** One place's values of the indicator over the years; null unless two or more years can be drawn. */
export function trendOf(def: ComparedIndicator, series: PlaceSeries, id: string): Element | null {
  const points = trendPoints(series.points);
  if (!points) return null;
  const name = series.place.name;
  const years = points.map((c) => c.row.year);
  return trendChart(
    points.map(({ row }) => ({ year: row.year as number, value: row.value, display: row.raw, tooltip: tooltip(name, row) })),
    {
      id,
      title: `${name}${def.name}：历年实际值`,
      desc: `${name}报告中写明年份的${def.name}实际值，${years[0]}年至${years.at(-1)}年共${points.length}个年份，每点标出原文数值，点以线相连。`,
      axisLabel: `${def.name}${unitSuffix(def)}`,
    },
  );
}

/** One chart over the years for each place of the view that has two or more years to draw. */
export function trendCharts(view: IndicatorView, idPrefix: string): { series: PlaceSeries; chart: Element }[] {
  return view.series.flatMap((series, i) => {
    const chart = trendOf(view.indicator, series, `${idPrefix}-${i + 1}`);
    return chart ? [{ series, chart }] : [];
  });
}
