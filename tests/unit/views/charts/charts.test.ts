import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { barChart, type BarDatum, farFromZero } from '../../../../src/lib/views/charts/bars.ts';
import { heatmap } from '../../../../src/lib/views/charts/heatmap.ts';
import { FONT_SIZE, svgToString, textWidth } from '../../../../src/lib/views/charts/svg.ts';
import { trendChart, trendDomain } from '../../../../src/lib/views/charts/trend.ts';

/** Parse the serialised chart as a browser would (HTML parser, SVG foreign content). */
function parse(svg: string): Element {
  const tree: Root = fromHtml(svg, { fragment: true });
  const root = tree.children[0] as Element;
  expect(root.tagName).toBe('svg');
  return root;
}

function all(node: Element, test: (e: Element) => boolean): Element[] {
  const out: Element[] = [];
  visit(node, 'element', (e: Element) => {
    if (test(e)) out.push(e);
  });
  return out;
}

const hasClass = (name: string) => (e: Element) => ((e.properties.className as string[] | undefined) ?? []).includes(name);
const text = (e: Element): string => {
  let out = '';
  visit(e, 'text', (t: { value: string }) => {
    out += t.value;
  });
  return out;
};
const num = (e: Element, prop: string) => Number(e.properties[prop]);

function expectAccessible(root: Element, title: string, desc: string) {
  expect(root.properties.role).toBe('img');
  expect(root.properties.width).toBe('100%');
  expect(String(root.properties.viewBox)).toMatch(/^0 0 \d+(\.\d+)? \d+(\.\d+)?$/);
  const ids = root.properties.ariaLabelledBy as string[];
  expect(ids).toHaveLength(2);
  const [titleEl, descEl] = ids.map((id) => all(root, (e) => e.properties.id === id)[0]);
  expect(titleEl.tagName).toBe('title');
  expect(text(titleEl)).toBe(title);
  expect(descEl.tagName).toBe('desc');
  expect(text(descEl)).toBe(desc);
}

describe('barChart', () => {
  const data: BarDatum[] = [
    { label: '乐清', value: 90.45, display: '90.45%', tooltip: '乐清（2023年）：90.45%' },
    { label: '义乌', value: 66.28, display: '66.28%', tooltip: '义乌（2020年）：66.28%' },
    { label: '黔东南苗族侗族自治州', value: 95, display: '95%以上', tooltip: '黔东南（2022年）：95%以上' },
  ];
  const opts = { id: 'c1', title: '县域就诊率', desc: '各地最新实际值，条形越长数值越高。', axisLabel: '县域就诊率（%）' };
  const root = parse(svgToString(barChart(data, opts)));
  const marks = all(root, hasClass('mark'));

  it('is an image with a title and a description', () => expectAccessible(root, opts.title, opts.desc));

  it('has one mark per datum carrying its value and a hover title', () => {
    expect(marks).toHaveLength(3);
    expect(marks.map((m) => Number(m.properties.dataValue))).toEqual([90.45, 66.28, 95]);
    expect(marks.map((m) => text(all(m, (e) => e.tagName === 'title')[0]))).toEqual(data.map((d) => d.tooltip));
  });

  it('draws bar lengths proportional to values from a zero baseline', () => {
    const widths = marks.map((m) => num(m, 'width'));
    const x0 = marks.map((m) => num(m, 'x'));
    expect(new Set(x0).size).toBe(1);
    expect(widths[0] / widths[2]).toBeCloseTo(90.45 / 95, 2);
    expect(widths[1] / widths[2]).toBeCloseTo(66.28 / 95, 2);
  });

  it('labels each bar with the value as written, and holds no links (one image)', () => {
    expect(all(root, hasClass('bar-value')).map(text)).toEqual(['90.45%', '66.28%', '95%以上']);
    expect(all(root, (e) => e.tagName === 'a')).toEqual([]);
  });

  it('names the axis with its unit and wraps a long place name within its column', () => {
    expect(all(root, hasClass('axis-label')).map(text)).toEqual(['县域就诊率（%）']);
    const long = all(root, hasClass('bar-label'))[2];
    const lines = all(long, (e) => e.tagName === 'tspan').map(text);
    expect(lines.length).toBe(2);
    expect(lines.join('')).toBe('黔东南苗族侗族自治州');
    for (const line of lines) expect(textWidth(line, FONT_SIZE)).toBeLessThanOrEqual(6 * FONT_SIZE);
  });

  it('shortens a name too long for two lines with an ellipsis, the full name staying in the hover title', () => {
    const name = '新疆生产建设兵团第八师石河子市';
    const r = parse(svgToString(barChart([{ label: name, value: 1, display: '1%', tooltip: `${name}：1%` }], opts)));
    const lines = all(all(r, hasClass('bar-label'))[0], (e) => e.tagName === 'tspan').map(text);
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith('…')).toBe(true);
    expect(name.startsWith(lines.join('').slice(0, -1))).toBe(true);
    for (const line of lines) expect(textWidth(line, FONT_SIZE)).toBeLessThanOrEqual(6 * FONT_SIZE);
    expect(text(all(r, (e) => e.tagName === 'title')[1])).toBe(`${name}：1%`);
  });

  it('keeps every label inside the viewBox', () => {
    const [, , w] = String(root.properties.viewBox).split(' ').map(Number);
    for (const v of all(root, hasClass('bar-value'))) {
      expect(num(v, 'x') + textWidth(text(v), FONT_SIZE)).toBeLessThanOrEqual(w);
    }
  });

  it('draws a negative value leftwards from zero', () => {
    const r = parse(svgToString(barChart([
      { label: '甲', value: -1.2, display: '-1.2‰', tooltip: '甲：-1.2‰' },
      { label: '乙', value: 2.4, display: '2.4‰', tooltip: '乙：2.4‰' },
    ], { ...opts, axisLabel: '自然增长率（‰）' })));
    const [neg, pos] = all(r, hasClass('mark'));
    expect(num(neg, 'x') + num(neg, 'width')).toBeCloseTo(num(pos, 'x'), 1);
    expect(num(neg, 'width') / num(pos, 'width')).toBeCloseTo(0.5, 2);
  });
});

describe('barChart of values far from zero', () => {
  const data: BarDatum[] = [
    { label: '桐乡', value: 83.06, display: '83.06岁', tooltip: '桐乡（2024年）：83.06岁' },
    { label: '乐清', value: 81.37, display: '81.37岁', tooltip: '乐清（2023年）：81.37岁' },
  ];
  const opts = { id: 'd1', title: '人均预期寿命', desc: '点图。', axisLabel: '人均预期寿命（岁）' };
  const root = parse(svgToString(barChart(data, opts)));
  const marks = all(root, hasClass('mark'));

  it('draws one dot per place instead of bars, on an axis that does not start at zero, and says so', () => {
    expect(marks.map((m) => [m.tagName, Number(m.properties.dataValue)])).toEqual([
      ['circle', 83.06],
      ['circle', 81.37],
    ]);
    const ticks = all(root, hasClass('tick')).map((g) => Number(text(g)));
    expect(Math.min(...ticks)).toBeGreaterThan(0);
    expect(Math.min(...ticks)).toBeLessThanOrEqual(81.37);
    expect(all(root, hasClass('axis-break'))).toHaveLength(1);
    expect(all(root, hasClass('axis-label')).map(text)).toEqual(['人均预期寿命（岁），横轴不从零开始']);
  });

  it('spreads the dots over the plot: 1.69 years apart are far apart (bars from zero: about 4 units)', () => {
    const [a, b] = marks.map((m) => num(m, 'cx'));
    expect(a - b).toBeGreaterThan(50);
  });

  it('keeps bars from zero for values that differ a lot, or a single value', () => {
    expect(farFromZero([83.06, 81.37])).toBe(true);
    expect(farFromZero([90.45, 66.28])).toBe(false);
    expect(farFromZero([81.37])).toBe(false);
    expect(farFromZero([-1, -1.1])).toBe(false);
  });
});

describe('trendChart', () => {
  const points = [
    { year: 2023, value: 90.45, display: '90.45%', tooltip: '乐清（2023年）：90.45%' },
    { year: 2021, value: 88.1, display: '88.1%', tooltip: '乐清（2021年）：88.1%' },
    { year: 2022, value: 89, display: '89%以上', tooltip: '乐清（2022年）：89%以上' },
  ];
  const opts = { id: 't1', title: '乐清县域就诊率：历年实际值', desc: '乐清历年实际值。', axisLabel: '县域就诊率（%）' };
  const root = parse(svgToString(trendChart(points, opts)));
  const marks = all(root, hasClass('mark'));

  it('is an image with a title and a description', () => expectAccessible(root, opts.title, opts.desc));

  it('has one mark per year, in year order, carrying value, year and a hover title', () => {
    expect(marks.map((m) => [Number(m.properties.dataYear), Number(m.properties.dataValue)])).toEqual([
      [2021, 88.1],
      [2022, 89],
      [2023, 90.45],
    ]);
    expect(marks.map((m) => text(all(m, (e) => e.tagName === 'title')[0]))).toEqual([
      '乐清（2021年）：88.1%',
      '乐清（2022年）：89%以上',
      '乐清（2023年）：90.45%',
    ]);
  });

  it('labels every point with the value as written and every year under the axis', () => {
    expect(all(root, hasClass('value-label')).map(text)).toEqual(['88.1%', '89%以上', '90.45%']);
    expect(all(root, hasClass('year')).map(text)).toEqual(['2021年', '2022年', '2023年']);
  });

  it('places later years to the right and higher values higher, joined by one line', () => {
    const xy = marks.map((m) => [num(m, 'cx'), num(m, 'cy')]);
    expect(xy[0][0]).toBeLessThan(xy[1][0]);
    expect(xy[1][0]).toBeLessThan(xy[2][0]);
    expect(xy[2][1]).toBeLessThan(xy[1][1]);
    expect(xy[1][1]).toBeLessThan(xy[0][1]);
    expect(all(root, hasClass('trend-line'))).toHaveLength(1);
  });

  it('fits the value axis to the values, marking and saying where it does not start at zero', () => {
    expect(all(root, hasClass('axis-break'))).toHaveLength(1);
    expect(all(root, hasClass('axis-label')).map(text)).toEqual(['县域就诊率（%），纵轴不从零开始']);
    const [from, to] = trendDomain([88.1, 89, 90.45]);
    expect(from).toBeGreaterThan(80);
    expect(from).toBeLessThan(88.1);
    expect(to).toBeGreaterThan(90.45);
    // Values near zero keep zero on the axis, and no break mark.
    expect(trendDomain([1, 5])[0]).toBe(0);
    const near = parse(svgToString(trendChart([points[0], { ...points[1], value: 10 }], opts)));
    expect(all(near, hasClass('axis-break'))).toHaveLength(0);
  });
});

describe('heatmap', () => {
  const rows = ['乐清 2023–2024', '义乌 2020–2021'];
  const cols = ['中医药', '托育', '党建'];
  const values = [[0.12, 0.05, 0], [0.3, 0.01, 0.08]];
  const cells = values.map((r, i) => r.map((v, j) => ({ value: v, display: String(Math.round(v * 100)), tooltip: `${rows[i]} · ${cols[j]}：${Math.round(v * 100)}%` })));
  const opts = { id: 'h1', title: '各地各主题篇幅', desc: '每格为该主题占报告全文字数的百分比。', axisLabel: '占全文字数（%）' };
  const root = parse(svgToString(heatmap(rows, cols, cells, opts)));
  const marks = all(root, hasClass('mark'));

  it('is an image with a title and a description', () => expectAccessible(root, opts.title, opts.desc));

  it('has one mark per cell with row, column and value', () => {
    expect(marks.map((m) => [m.properties.dataRow, m.properties.dataCol, Number(m.properties.dataValue)])).toEqual(
      rows.flatMap((r, i) => cols.map((c, j) => [r, c, values[i][j]])),
    );
  });

  it('shades cells darker for larger values and writes the value in each', () => {
    const byValue = [...marks].sort((a, b) => Number(a.properties.dataValue) - Number(b.properties.dataValue));
    const shades = byValue.map((m) => num(m, 'fillOpacity'));
    expect([...shades].sort((a, b) => a - b)).toEqual(shades);
    expect(shades[0]).toBeGreaterThan(0);
    const texts = all(root, (e) => e.tagName === 'text' && e.properties.pointerEvents === 'none').map(text);
    expect(texts).toEqual(['12', '5', '0', '30', '1', '8']);
  });

  it('writes column headings one character per line', () => {
    const headers = all(root, hasClass('col-label'));
    expect(headers.map((h) => all(h, (e) => e.tagName === 'tspan').map(text))).toEqual([['中', '医', '药'], ['托', '育'], ['党', '建']]);
  });
});
