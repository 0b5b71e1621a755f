/**
 * The charts of an indicator's page, drawn from its view (compare.ts): latest values side by side,
 * the same per 10,000 residents for counts, and values over the years. Only single values of a
 * stated year are plotted; ranges and undated figures stay in the table beneath.
 */
import type { Element } from 'hast';
import type { ComparedIndicator, IndicatorView, PlaceValue } from '../compare.ts';
import { PER_RESIDENTS_LABEL, type MetricRow } from '../metrics.ts';
import { barChart } from './bars.ts';
import { formatNumber } from './format.ts';
import { timelineChart } from './timeline.ts';

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
      desc: `${values.length}个地区最新报告的${def.name}实际值，条形从零开始，越长数值越大。${mixed ? `年份不同（${view.years.join('、')}年），比较时请注意。` : `均为${view.years[0]}年。`}`,
      axisLabel: `${def.name}${unitSuffix(def)}`,
    },
  );
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

/** Values over the years, one line per place; null unless some place has several years. */
export function historyChart(view: IndicatorView, id: string): Element | null {
  if (!view.hasHistory) return null;
  const def = view.indicator;
  const series = view.series
    .map(({ place, points }) => ({
      label: place.name,
      points: points
        .filter((c) => plottable(c.row))
        .map(({ row }) => ({ year: row.year as number, value: row.value, tooltip: tooltip(place.name, row) })),
    }))
    .filter((s) => s.points.length > 0);
  return timelineChart(series, {
    id,
    title: `${def.name}：历年实际值`,
    desc: `各地区报告中写明年份的${def.name}实际值，每点一个年份，同一地区的点以线相连。`,
    axisLabel: `${def.name}${unitSuffix(def)}`,
  });
}
