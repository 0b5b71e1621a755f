/**
 * One place's values of one indicator over the years: a line through one dot per stated year,
 * each dot labelled with the value as the report writes it and its year under the axis. A line
 * shows change, so its value axis fits the values rather than starting at zero; the chart says so
 * where it does not start at zero. Only points with a stated year belong here.
 */
import type { Element } from 'hast';
import { extent, line, max, scaleLinear } from 'd3';
import { formatTick } from './format.ts';
import { SINGLE_COLOUR } from './palette.ts';
import { CHART_WIDTH, chartSvg, FONT_SIZE, s, textWidth, type ChartText } from './svg.ts';

/** One value in one year. */
export interface TrendPoint {
  year: number;
  value: number;
  /** The value as written (`90.45%`, `95%以上`): the label beside the dot. */
  display: string;
  /** Hover text, e.g. `乐清（2023年）：90.45%`. */
  tooltip: string;
}

export interface TrendOptions extends ChartText {
  /** Names the quantity and unit above the value axis, e.g. `县域就诊率（%）`. */
  axisLabel: string;
}

const PLOT_HEIGHT = 110;
const LABEL_SIZE = FONT_SIZE - 2;
const DOT = 4;

/** The value axis: the values' range with room for the labels above and below; zero only when near. */
export function trendDomain(values: readonly number[]): [number, number] {
  const [lo, hi] = extent(values) as [number, number];
  const pad = lo === hi ? Math.max(Math.abs(lo) * 0.1, 1) : (hi - lo) * 0.25;
  const from = lo >= 0 && lo - pad <= 0 ? 0 : lo - pad;
  return [from, hi + pad];
}

/** Build the chart; one `.mark` circle per point carrying `data-value` and `data-year`. */
export function trendChart(points: readonly TrendPoint[], opts: TrendOptions): Element {
  const sorted = [...points].sort((a, b) => a.year - b.year);
  const [from, to] = trendDomain(sorted.map((p) => p.value));
  const y = scaleLinear().domain([from, to]);
  const ticks = y.ticks(3).filter((t) => t >= from && t <= to);
  const left = 6 + (max(ticks, (t) => textWidth(formatTick(t), LABEL_SIZE)) ?? 0) + 6;
  const widest = max(sorted, (p) => textWidth(p.display, LABEL_SIZE)) ?? 0;
  const right = CHART_WIDTH - 4 - widest / 2;
  const top = 22;
  const bottom = top + PLOT_HEIGHT;
  y.range([bottom, top]);
  const [y0, y1] = [sorted[0].year, sorted.at(-1)!.year];
  const x = scaleLinear()
    .domain(y0 === y1 ? [y0 - 1, y1 + 1] : [y0, y1])
    .range([left + widest / 2, right]);

  const brokenAxis = from !== 0;
  const grid = s('g', { class: 'grid' }, [
    ...ticks.map((t) =>
      s('g', { class: 'tick' }, [
        s('line', { x1: left, x2: right, y1: y(t), y2: y(t), stroke: 'currentColor', 'stroke-opacity': 0.15 }),
        s('text', { x: left - 6, y: y(t), 'text-anchor': 'end', 'dominant-baseline': 'central', 'font-size': LABEL_SIZE }, [formatTick(t)]),
      ]),
    ),
    s('line', { x1: left, x2: right, y1: bottom, y2: bottom, stroke: 'currentColor', 'stroke-opacity': 0.6 }),
    // Two slashes across the foot of the value axis: it does not start at zero.
    brokenAxis ? s('path', { class: 'axis-break', d: `M${left - 5},${bottom + 2}l6,-6M${left - 1},${bottom + 6}l6,-6`, stroke: 'currentColor', fill: 'none' }) : null,
    s('text', { class: 'axis-label', x: 4, y: 12 }, [brokenAxis ? `${opts.axisLabel}，纵轴不从零开始` : opts.axisLabel]),
    ...sorted.map((p) => s('text', { class: 'year', x: x(p.year), y: bottom + 16, 'text-anchor': 'middle', 'font-size': LABEL_SIZE }, [`${p.year}年`])),
  ]);

  const path = line<TrendPoint>()
    .x((p) => x(p.year))
    .y((p) => y(p.value));
  // Each label above its dot, or below when it would run into the previous label above.
  let lastAboveEnd = -Infinity;
  const marks = sorted.map((p) => {
    const cx = x(p.year);
    const cy = y(p.value);
    const half = textWidth(p.display, LABEL_SIZE) / 2;
    const above = cx - half > lastAboveEnd + 4 || cy + 18 > bottom;
    if (above) lastAboveEnd = cx + half;
    return s('g', { class: 'point' }, [
      s('circle', { class: 'mark', cx, cy, r: DOT, fill: SINGLE_COLOUR, 'data-value': String(p.value), 'data-year': String(p.year) }, [s('title', {}, [p.tooltip])]),
      s('text', { class: 'value-label', x: cx, y: above ? cy - 8 : cy + 16, 'text-anchor': 'middle', 'font-size': LABEL_SIZE }, [p.display]),
    ]);
  });
  const body = [grid, sorted.length > 1 ? s('path', { class: 'trend-line', d: path(sorted) ?? '', fill: 'none', stroke: SINGLE_COLOUR, 'stroke-width': 2 }) : null, ...marks];
  return chartSvg(opts, CHART_WIDTH, bottom + 24, body.filter((e): e is Element => e !== null));
}
