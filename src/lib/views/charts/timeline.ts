/**
 * Values over the years: one line with a dot per year for each place. Only points with a known
 * year belong here; figures whose year the report does not state stay in the table.
 */
import type { Element } from 'hast';
import { extent, line, max, range, scaleLinear, symbol } from 'd3';
import { formatTick } from './format.ts';
import { seriesStyle } from './palette.ts';
import { CHART_WIDTH, chartSvg, FONT_SIZE, s, textWidth, type ChartText } from './svg.ts';

/** One value in one year. */
export interface TimePoint {
  year: number;
  value: number;
  /** Hover text, e.g. `义乌（2020年）：66.28%`. */
  tooltip: string;
}

/** One place's values. */
export interface TimeSeries {
  label: string;
  points: TimePoint[];
}

export interface TimelineOptions extends ChartText {
  /** Names the quantity and unit, shown above the value axis, e.g. `县域就诊率（%）`. */
  axisLabel: string;
}

const PLOT_HEIGHT = 180;
const LEGEND_ROW = 20;
const MARK_SIZE = 64;

/** Build the chart; one `.mark` symbol per point carrying `data-value` and `data-year`. */
export function timelineChart(series: readonly TimeSeries[], opts: TimelineOptions): Element {
  const points = series.flatMap((sr) => sr.points);
  const [y0, y1] = extent(points, (p) => p.year) as [number, number];
  const [v0, v1] = extent(points, (p) => p.value) as [number, number];

  const y = scaleLinear()
    .domain(v0 === v1 ? [v0 - 1, v1 + 1] : [v0, v1])
    .nice(5);
  const ticksY = y.ticks(5);
  const left = 4 + (max(ticksY, (t) => textWidth(formatTick(t), FONT_SIZE - 2)) ?? 0) + 6;
  const right = CHART_WIDTH - 16;
  const top = 24;
  const bottom = top + PLOT_HEIGHT;
  y.range([bottom, top]);
  const x = scaleLinear()
    .domain([y0 - 0.5, y1 + 0.5])
    .range([left, right]);
  const years = range(y0, y1 + 1);
  const yearStep = Math.ceil(years.length / 8);

  const axes = s('g', { class: 'grid' }, [
    ...ticksY.map((t) =>
      s('g', { class: 'tick' }, [
        s('line', { x1: left, x2: right, y1: y(t), y2: y(t), stroke: 'currentColor', 'stroke-opacity': 0.15 }),
        s('text', { x: left - 6, y: y(t), 'text-anchor': 'end', 'dominant-baseline': 'central', 'font-size': FONT_SIZE - 2 }, [formatTick(t)]),
      ]),
    ),
    ...years
      .filter((_, i) => i % yearStep === 0)
      .map((yr) => s('text', { x: x(yr), y: bottom + 14, 'text-anchor': 'middle', 'font-size': FONT_SIZE - 2 }, [String(yr)])),
    s('line', { x1: left, x2: right, y1: bottom, y2: bottom, stroke: 'currentColor', 'stroke-opacity': 0.6 }),
    s('text', { class: 'axis-label', x: 4, y: 12 }, [opts.axisLabel]),
    s('text', { class: 'axis-label', x: right, y: bottom + 30, 'text-anchor': 'end' }, ['年份']),
  ]);

  const path = line<TimePoint>()
    .x((p) => x(p.year))
    .y((p) => y(p.value));
  const groups = series.map((sr, i) => {
    const style = seriesStyle(i);
    const sorted = [...sr.points].sort((a, b) => a.year - b.year);
    const marker = symbol(style.shape, MARK_SIZE)() ?? '';
    const marks = sorted.map((p) => {
      const mark = s(
        'path',
        {
          class: 'mark',
          d: marker,
          transform: `translate(${x(p.year).toFixed(2)},${y(p.value).toFixed(2)})`,
          'data-value': String(p.value),
          'data-year': String(p.year),
          'data-label': sr.label,
        },
        [s('title', {}, [p.tooltip])],
      );
      return mark;
    });
    return s('g', { class: style.className, color: style.colour }, [
      sorted.length > 1 ? s('path', { d: path(sorted) ?? '', fill: 'none', stroke: 'currentColor', 'stroke-width': 2 }) : null,
      ...marks,
    ]);
  });

  // Legend below the plot, as many entries per row as fit, marker shape + name.
  const legendTop = bottom + 42;
  let lx = left;
  let ly = legendTop;
  const legend = series.map((sr, i) => {
    const style = seriesStyle(i);
    const w = 18 + textWidth(sr.label, FONT_SIZE) + 14;
    if (lx + w > CHART_WIDTH && lx > left) {
      lx = left;
      ly += LEGEND_ROW;
    }
    const item = s('g', { class: 'legend-item' }, [
      s('path', { d: symbol(style.shape, MARK_SIZE)() ?? '', transform: `translate(${lx + 6},${ly})`, fill: 'currentColor', class: style.className, color: style.colour }),
      s('text', { x: lx + 18, y: ly, 'dominant-baseline': 'central' }, [sr.label]),
    ]);
    lx += w;
    return item;
  });
  const height = ly + LEGEND_ROW / 2 + 4;
  return chartSvg(opts, CHART_WIDTH, height, [axes, ...groups, s('g', { class: 'legend' }, legend)]);
}
