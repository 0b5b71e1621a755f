/**
 * Heatmap: rows (reports) × columns (topics), each cell shaded by its value and labelled with it,
 * so the number is readable without telling shades apart. Column headings are written vertically,
 * one character under the other, as Chinese can be, which keeps many columns on a phone.
 */
import type { Element } from 'hast';
import { max } from 'd3';
import { SINGLE_COLOUR } from './palette.ts';
import { CHART_WIDTH, chartSvg, FONT_SIZE, s, textWidth, wrapLabel, type ChartText } from './svg.ts';

/** One cell. */
export interface HeatCell {
  value: number;
  /** Text inside the cell, e.g. `12` (the unit goes in the axis note). */
  display: string;
  /** Hover text, e.g. `乐清 2023–2024 · 中医药：12%（2,345字）`. */
  tooltip: string;
}

export interface HeatmapOptions extends ChartText {
  /** Names the value and unit, e.g. `各主题篇幅占全文字数的百分比（%）`. */
  axisLabel: string;
}

const CELL_H = 30;
const MIN_CELL_W = 20;
const MAX_LABEL = 6 * FONT_SIZE;
const CELL_FONT = FONT_SIZE - 3;

/** Build the heatmap; `cells[r][c]` belongs to `rows[r]` and `cols[c]`. One `.mark` rect per cell. */
export function heatmap(rows: readonly string[], cols: readonly string[], cells: readonly (readonly HeatCell[])[], opts: HeatmapOptions): Element {
  const labelW = Math.min(MAX_LABEL, max(rows, (r) => textWidth(r, FONT_SIZE)) ?? 0);
  const left = 4 + labelW + 6;
  const cellW = Math.max(MIN_CELL_W, (CHART_WIDTH - 4 - left) / Math.max(1, cols.length));
  const width = left + cellW * cols.length + 4;
  const headerChars = max(cols, (c) => [...c].length) ?? 0;
  const top = 20 + headerChars * FONT_SIZE + 6;
  const height = top + rows.length * CELL_H + 8;
  const peak = max(cells.flat(), (c) => c.value) || 1;

  const headers = cols.map((c, j) => {
    const cx = left + j * cellW + cellW / 2;
    return s(
      'text',
      { class: 'col-label', x: cx, y: 20, 'text-anchor': 'middle' },
      [...c].map((ch, k) => s('tspan', { x: cx, dy: k === 0 ? FONT_SIZE - 2 : FONT_SIZE }, [ch])),
    );
  });

  const body = rows.map((r, i) => {
    const y = top + i * CELL_H;
    const lines = wrapLabel(r, labelW, FONT_SIZE);
    const label = s(
      'text',
      { class: 'row-label', x: left - 6, y: y + CELL_H / 2, 'text-anchor': 'end', 'dominant-baseline': 'central' },
      lines.map((line, k) => s('tspan', { x: left - 6, dy: k === 0 ? -((lines.length - 1) * 14) / 2 : 14 }, [line])),
    );
    const marks = cells[i].map((cell, j) => {
      const x = left + j * cellW;
      const shade = 0.06 + 0.9 * (cell.value / peak);
      const rect = s(
        'rect',
        {
          class: 'mark',
          x: x + 1,
          y: y + 1,
          width: cellW - 2,
          height: CELL_H - 2,
          fill: SINGLE_COLOUR,
          'fill-opacity': shade,
          'data-value': String(cell.value),
          'data-row': r,
          'data-col': cols[j],
        },
        [s('title', {}, [cell.tooltip])],
      );
      const text = s(
        'text',
        {
          x: x + cellW / 2,
          y: y + CELL_H / 2,
          'text-anchor': 'middle',
          'dominant-baseline': 'central',
          'font-size': CELL_FONT,
          fill: shade > 0.55 ? '#fff' : 'currentColor',
          'pointer-events': 'none',
        },
        [cell.display],
      );
      return s('g', {}, [rect, text]);
    });
    return s('g', { class: 'heat-row' }, [label, ...marks]);
  });

  const note = s('text', { class: 'axis-label', x: 4, y: 12 }, [opts.axisLabel]);
  return chartSvg(opts, width, height, [note, ...headers, ...body]);
}
