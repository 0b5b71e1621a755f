/**
 * Horizontal bar chart: one bar per place, the most legible comparison on a phone (labels stay
 * horizontal, long place names get their own column). Bars start at zero so lengths compare honestly.
 * Values far from zero (life expectancy 81–83 岁) would make every bar look the same, so they are
 * drawn as a dot plot instead (`farFromZero`): one dot per place on an axis fitted to the values,
 * with a break mark and the axis label saying it does not start at zero.
 */
import type { Element } from 'hast';
import { max, min, scaleLinear } from 'd3';
import { formatTick } from './format.ts';
import { SINGLE_COLOUR } from './palette.ts';
import { CHART_WIDTH, chartSvg, FONT_SIZE, s, textWidth, wrapLabel, type ChartText } from './svg.ts';

/** One bar. */
export interface BarDatum {
  /** Place name shown left of the bar. */
  label: string;
  value: number;
  /** Text right of the bar: the value as written in the report, e.g. `95%以上`, `81.37岁（2023）`. */
  display: string;
  /** Hover text (the mark's `<title>`), e.g. `乐清（2023年）：90.45%`. */
  tooltip: string;
}

export interface BarChartOptions extends ChartText {
  /** Axis label naming the quantity and unit, e.g. `县域就诊率（%）`. */
  axisLabel: string;
}

/**
 * Whether several values are far from zero: all positive and within a fifth of the largest
 * (81.37 and 83.06 岁), where bars from zero would differ by a few pixels.
 */
export function farFromZero(values: readonly number[]): boolean {
  const lo = min(values) ?? 0;
  const hi = max(values) ?? 0;
  return values.length > 1 && lo > 0 && lo >= hi * 0.8;
}

const ROW = 36;
const BAR = 16;
const LINE = FONT_SIZE + 1;
const GAP = 6;
const MAX_LABEL = 6 * FONT_SIZE;
const MIN_PLOT = 110;

/** Build the chart; one `.mark` rect per datum carrying `data-value`. */
export function barChart(data: readonly BarDatum[], opts: BarChartOptions): Element {
  const labelW = Math.min(MAX_LABEL, max(data, (d) => textWidth(d.label, FONT_SIZE)) ?? 0);
  const valueW = max(data, (d) => textWidth(d.display, FONT_SIZE)) ?? 0;
  const plotLeft = 4 + labelW + GAP;
  const width = Math.max(CHART_WIDTH, plotLeft + MIN_PLOT + GAP + valueW + 4);
  const plotRight = width - 4 - valueW - GAP;
  const top = 6;
  const plotBottom = top + data.length * ROW;
  const height = plotBottom + 18 + 20;

  const dots = farFromZero(data.map((d) => d.value));
  const least = min(data, (d) => d.value) ?? 0;
  const most = max(data, (d) => d.value) ?? 0;
  // Dots: the values' range, widened so that equal values still get an axis.
  const spread = Math.max(most - least, most * 0.02);
  const lo = dots ? least - spread / 2 : Math.min(0, least);
  const hi = dots ? most + spread / 4 : Math.max(0, most);
  const x = scaleLinear()
    .domain([lo, hi === lo ? lo + 1 : hi])
    .nice(4)
    .range([plotLeft, plotRight]);

  const grid = fittingTicks(x, plotRight - plotLeft).map((t) =>
    s('g', { class: 'tick' }, [
      s('line', { x1: x(t), x2: x(t), y1: top, y2: plotBottom, stroke: 'currentColor', 'stroke-opacity': t === 0 ? 0.6 : 0.15 }),
      s('text', { x: x(t), y: plotBottom + 14, 'text-anchor': 'middle', 'font-size': FONT_SIZE - 2 }, [formatTick(t)]),
    ]),
  );

  const rows = data.map((d, i) => {
    const cy = top + i * ROW + ROW / 2;
    const x0 = x(Math.min(0, d.value));
    const x1 = x(Math.max(0, d.value));
    const lines = wrapLabel(d.label, labelW, FONT_SIZE);
    const firstDy = -((lines.length - 1) * LINE) / 2;
    const label = s(
      'text',
      { class: 'bar-label', x: plotLeft - GAP, y: cy, 'text-anchor': 'end', 'dominant-baseline': 'central' },
      lines.map((line, k) => s('tspan', { x: plotLeft - GAP, dy: k === 0 ? firstDy : LINE }, [line])),
    );
    const markAttrs = { class: 'mark', fill: SINGLE_COLOUR, 'data-value': String(d.value), 'data-label': d.label };
    const title = [s('title', {}, [d.tooltip])];
    const mark = dots
      ? s('circle', { ...markAttrs, cx: x(d.value), cy, r: BAR / 3 }, title)
      : s('rect', { ...markAttrs, x: x0, y: cy - BAR / 2, width: x1 - x0, height: BAR }, title);
    const guide = dots ? s('line', { x1: plotLeft, x2: x(d.value), y1: cy, y2: cy, stroke: 'currentColor', 'stroke-opacity': 0.25, 'stroke-dasharray': '2 3' }) : null;
    const value = s('text', { class: 'bar-value', x: (dots ? x(d.value) + BAR / 3 : x1) + GAP, y: cy, 'dominant-baseline': 'central' }, [d.display]);
    return s('g', { class: dots ? 'dot' : 'bar' }, [label, guide, mark, value]);
  });

  const axisLabel = s('text', { class: 'axis-label', x: (plotLeft + plotRight) / 2, y: height - 6, 'text-anchor': 'middle' }, [
    dots ? `${opts.axisLabel}，横轴不从零开始` : opts.axisLabel,
  ]);
  // Two slashes across the start of the value axis: it does not start at zero.
  const axisBreak = dots ? s('path', { class: 'axis-break', d: `M${plotLeft - 3},${plotBottom + 4}l4,-8M${plotLeft + 1},${plotBottom + 4}l4,-8`, stroke: 'currentColor', fill: 'none' }) : null;
  return chartSvg(opts, width, height, [s('g', { class: 'grid' }, [...grid, ...(axisBreak ? [axisBreak] : [])]), ...rows, axisLabel]);
}

/** As many ticks (up to 5) as leave room between their labels. */
function fittingTicks(x: ReturnType<typeof scaleLinear<number>>, width: number): number[] {
  for (let count = 5; count > 1; count--) {
    const ticks = x.ticks(count);
    const widest = max(ticks, (t) => textWidth(formatTick(t), FONT_SIZE - 2)) ?? 0;
    if (ticks.length * (widest + 8) <= width) return ticks;
  }
  return x.domain();
}
