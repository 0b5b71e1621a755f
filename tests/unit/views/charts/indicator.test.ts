import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { latestChart, perCapitaChart, trendCharts } from '../../../../src/lib/views/charts/indicator.ts';
import { svgToString } from '../../../../src/lib/views/charts/svg.ts';
import { indicatorView, type ComparedIndicator } from '../../../../src/lib/views/compare.ts';
import { metricRows, placesOf } from '../../../../src/lib/views/metrics.ts';
import { byName, syntheticReport, unknownPlace, yiwu, yueqing } from '../../../helpers/synthetic-reports.ts';

const visits: ComparedIndicator = { id: 'county-visits', name: '县域就诊率', unit: '%', measure: 'rate' };
const beds: ComparedIndicator = { id: 'beds', name: '床位数', unit: '张', measure: 'count' };
const clinics: ComparedIndicator = { id: 'clinics', name: '社区医院', unit: '家', measure: 'count' };
const tianmen = syntheticReport({
  id: 'tianmen-2023',
  city: '天门',
  province: '湖北',
  divisionCode: '429006',
  sentences: [
    { text: '2023年新建社区医院2-3家。', figures: [{ raw: '2-3家', value: 2, upperValue: 3, unit: '家', name: '社区医院', year: 2023 }] },
    { text: '2023年床位数4200张。', figures: [{ raw: '4200张', value: 4200, unit: '张', name: '床位数', year: 2023 }] },
  ],
});
const reports = [yueqing, yiwu, unknownPlace, tianmen];
const rows = metricRows(reports, byName({ 县域就诊率: 'county-visits', 床位数: 'beds', 社区医院: 'clinics' }));
const places = placesOf(reports);
const populations = new Map([['330782', { value: 2_000_000, year: 2020, source: '义乌市统计公报' }]]);

function marks(chart: Element | null): Element[] {
  expect(chart).not.toBeNull();
  const out: Element[] = [];
  visit(fromHtml(svgToString(chart as Element), { fragment: true }), 'element', (e: Element) => {
    if (((e.properties.className as string[] | undefined) ?? []).includes('mark')) out.push(e);
  });
  return out;
}
const titleOf = (e: Element) => ((e.children[0] as Element).children[0] as { value: string }).value;

describe('indicator charts', () => {
  it('draws the latest actual value of each known place, with years when they differ', () => {
    const m = marks(latestChart(indicatorView(rows, visits, places, populations), 'a'));
    expect(m.map((e) => [e.properties.dataLabel, Number(e.properties.dataValue)])).toEqual([
      ['乐清', 90.45],
      ['义乌', 66.28],
    ]);
    expect(m.map(titleOf)).toEqual(['乐清（2023年）：90.45%', '义乌（2020年）：66.28%']);
  });

  it('leaves a range out of the chart', () => {
    const view = indicatorView(rows, clinics, places, populations);
    expect(view.latest.map((v) => v.choice.row.raw)).toEqual(['2-3家']);
    expect(latestChart(view, 'b')).toBeNull();
  });

  it('draws counts per 10,000 residents only where the population is known', () => {
    const view = indicatorView(rows, beds, places, populations);
    const m = marks(perCapitaChart(view, 'c'));
    expect(m).toHaveLength(1);
    expect(m[0].properties.dataLabel).toBe('义乌');
    expect(Number(m[0].properties.dataValue)).toBeCloseTo(25, 10);
    // 天门's 4200张 is drawn as a count but has no population to divide by.
    expect(marks(latestChart(view, 'd')).map((e) => Number(e.properties.dataValue))).toEqual([5000, 4200]);
  });

  it('draws values over the years for each place that has several, one chart per place', () => {
    const trends = trendCharts(indicatorView(rows, visits, places, populations), 'e');
    expect(trends.map((t) => t.series.place.name)).toEqual(['乐清']);
    const m = marks(trends[0].chart);
    expect(m.map((e) => [Number(e.properties.dataYear), Number(e.properties.dataValue)])).toEqual([
      [2022, 88.1],
      [2023, 90.45],
    ]);
    expect(m.map(titleOf)).toEqual(['乐清（2022年）：88.1%', '乐清（2023年）：90.45%']);
    expect(trendCharts(indicatorView(rows, beds, places, populations), 'f')).toEqual([]);
  });
});
