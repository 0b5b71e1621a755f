/**
 * A chart as an SVG file: the page's drawing unchanged, sized in pixels on a white ground, with its
 * source lines under it and never cut.
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { barChart } from '../../../../src/lib/views/charts/bars.ts';
import { standaloneSvg } from '../../../../src/lib/views/charts/standalone.ts';
import { svgToString } from '../../../../src/lib/views/charts/svg.ts';

const chart = barChart(
  [
    { label: '乐清', value: 90.45, display: '90.45%', tooltip: '乐清（2023年）：90.45%' },
    { label: '义乌', value: 88.1, display: '88.1%', tooltip: '义乌（2023年）：88.1%' },
  ],
  { id: 'chart', title: '县域就诊率：各地最新实际值', desc: '2个地区。', axisLabel: '县域就诊率（%）' },
);
const svgOf = (text: string) => fromHtml(text.replace(/^<\?xml[^>]*>\n/, ''), { space: 'svg', fragment: true }).children[0] as Element;
const box = (svg: Element) => String(svg.properties.viewBox).split(' ').map(Number);

describe('standaloneSvg', () => {
  const source = ['来源：卫健年报（CC BY 4.0）', 'https://example.org/compare/county-visit-rate/'];
  const text = standaloneSvg(chart, source);
  const svg = svgOf(text);

  it('is an SVG file with the page chart’s drawing, title and description', () => {
    expect(text).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    // Everything the page's chart draws is in the file as it is on the page.
    const drawn = chart.children.slice(2);
    expect(drawn.length).toBeGreaterThan(1);
    for (const part of drawn) expect(text).toContain(svgToString(part as Element));
    expect(text).toContain('<title id="chart-title">县域就诊率：各地最新实际值</title>');
  });

  it('is sized in pixels, on white, with the source lines under the chart', () => {
    const [, , width, height] = box(svg);
    const [, , chartWidth, chartHeight] = box(chart);
    expect([svg.properties.width, svg.properties.height].map(Number)).toEqual([width, height]);
    expect(width).toBe(Math.max(chartWidth, width));
    expect(height).toBeGreaterThan(chartHeight);
    expect(text).toMatch(/<rect x="0" y="0" width="\d+" height="[\d.]+" fill="#ffffff">/);
    const lines = [...text.matchAll(/<text[^>]*y="([\d.]+)"[^>]*>([^<]*)<\/text>/g)].filter((m) => source.includes(m[2]));
    expect(lines.map((m) => m[2])).toEqual(source);
    for (const [, y] of lines) expect(Number(y)).toBeGreaterThan(chartHeight);
  });

  it('widens for a source line wider than the chart, so an address is never cut', () => {
    const long = `https://example.org/${'a'.repeat(120)}/`;
    const [, , width] = box(svgOf(standaloneSvg(chart, [long])));
    expect(width).toBeGreaterThan(box(chart)[2]);
    expect(width).toBeGreaterThanOrEqual(long.length * 12 * 0.6);
  });
});
