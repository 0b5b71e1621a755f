/**
 * Horizontal bar chart: one bar per place, the most legible comparison on a phone (labels stay
 * horizontal, long place names get their own column). Bars start at zero so lengths compare honestly.
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

  const lo = Math.min(0, min(data, (d) => d.value) ?? 0);
  const hi = Math.max(0, max(data, (d) => d.value) ?? 0);
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
    const rect = s(
      'rect',
      {
        class: 'mark',
        x: x0,
        y: cy - BAR / 2,
        width: x1 - x0,
        height: BAR,
        fill: SINGLE_COLOUR,
        'data-value': String(d.value),
        'data-label': d.label,
      },
      [s('title', {}, [d.tooltip])],
    );
    const value = s('text', { class: 'bar-value', x: x1 + GAP, y: cy, 'dominant-baseline': 'central' }, [d.display]);
    return s('g', { class: 'bar' }, [label, rect, value]);
  });

  const axisLabel = s('text', { class: 'axis-label', x: (plotLeft + plotRight) / 2, y: height - 6, 'text-anchor': 'middle' }, [opts.axisLabel]);
  return chartSvg(opts, width, height, [s('g', { class: 'grid' }, grid), ...rows, axisLabel]);
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
