/**
 * A chart of a page as a file of its own (data/indicators/<id>.svg): the same drawing, sized in
 * pixels, on a white ground, with a sans-serif font and last lines naming where it comes from, so
 * it reads the same pasted into a document as on the page.
 */
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { FONT_SIZE, s, textWidth } from './svg.ts';

const SOURCE_SIZE = FONT_SIZE - 2;
const LINE_HEIGHT = SOURCE_SIZE + 6;

/**
 * The SVG file of a chart, with `source` under it, one line each (`来源：卫健年报`, the page's
 * address); the picture widens when a line is wider than the chart, so an address is never cut.
 */
export function standaloneSvg(chart: Element, source: readonly string[]): string {
  const [x, y, chartWidth, chartHeight] = String(chart.properties.viewBox).split(/\s+/).map(Number);
  const width = Math.ceil(Math.max(chartWidth, ...source.map((line) => textWidth(line, SOURCE_SIZE) + 4)));
  const height = chartHeight + 4 + LINE_HEIGHT * source.length;
  const [title, desc, ...body] = chart.children;
  const svg: Element = {
    ...chart,
    properties: { ...chart.properties, viewBox: `${x} ${y} ${width} ${height}`, width, height, fontFamily: 'sans-serif', color: '#1a1a1a' },
    children: [
      title,
      desc,
      s('rect', { x, y, width, height, fill: '#ffffff' }),
      ...body,
      ...source.map((line, i) =>
        s('text', { x: x + 2, y: y + chartHeight + 4 + LINE_HEIGHT * (i + 1) - 5, 'font-size': SOURCE_SIZE, fill: '#555555' }, [line]),
      ),
    ],
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${toHtml(svg, { space: 'svg' })}\n`;
}
