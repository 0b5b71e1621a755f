import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { indicatorView, type ComparedIndicator } from '../../../src/lib/views/compare.ts';
import { paginateIndicator } from '../../../src/lib/views/compare-pages.ts';
import { metricRows, placesOf } from '../../../src/lib/views/metrics.ts';
import { placeValues } from '../../../src/lib/views/place-values.ts';
import { svgToString } from '../../../src/lib/views/charts/svg.ts';
import { byName, syntheticReport, yiwu, yueqing } from '../../helpers/synthetic-reports.ts';

const visits: ComparedIndicator = { id: 'county-visits', name: '县域就诊率', unit: '%', measure: 'rate' };
const beds: ComparedIndicator = { id: 'beds', name: '床位数', unit: '张', measure: 'count' };
// 乐清 states 县域就诊率 for 2022 and 2023 (synthetic-reports.ts); a second 乐清 report adds a range.
const yueqingRange = syntheticReport({
  id: 'yueqing-2021',
  city: '乐清',
  province: '浙江',
  divisionCode: '330382',
  sentences: [{ text: '2021年床位数5000-5200张。', figures: [{ raw: '5000-5200张', value: 5000, upperValue: 5200, unit: '张', name: '床位数', year: 2021 }] }],
});
const reports = [yueqing, yiwu, yueqingRange];
const rows = metricRows(reports, byName({ 县域就诊率: 'county-visits', 床位数: 'beds' }));
const places = placesOf(reports);
/** A small budget: each place on its own page, so the link must name the right one. */
const pagings = [visits, beds].map((def) => paginateIndicator(indicatorView(rows, def, places, new Map()), places, 1));
const svg = (chart: Element | null) => (chart ? svgToString(chart) : '');

describe('placeValues', () => {
  const mine = placeValues(pagings, '330382');

  it('gives a place each indicator it states, with its values by year as the indicator page chooses them', () => {
    expect(mine.map((v) => [v.indicator.id, v.series.points.map((c) => [c.row.year, c.row.raw])])).toEqual([
      ['county-visits', [[2022, '88.1%'], [2023, '90.45%']]],
      ['beds', expect.any(Array)],
    ]);
  });

  it('draws two or more years over the years, each value labelled as written', () => {
    const chart = svg(mine[0].chart);
    expect(chart).toContain('乐清县域就诊率：历年实际值');
    expect(chart).toContain('>88.1%<');
    expect(chart).toContain('>90.45%<');
    expect(chart).toContain('>2022年<');
  });

  it('draws no chart when fewer than two years can be drawn (a range is not drawn)', () => {
    const bedsOfYueqing = mine[1];
    expect(bedsOfYueqing.series.points.some((c) => c.row.upperValue !== null)).toBe(true);
    expect(bedsOfYueqing.series.points.filter((c) => c.row.upperValue === null).length).toBeLessThan(2);
    expect(bedsOfYueqing.chart).toBeNull();
  });

  it('links to the indicator page where the place is listed', () => {
    // 义乌 comes after 乐清 in place order: with a tiny budget it starts on a later page.
    const yiwuValues = placeValues(pagings, '330782');
    for (const v of yiwuValues) {
      const paging = pagings.find((p) => p.indicator.id === v.indicator.id)!;
      const number = paging.pages.find((p) => p.entries.some((e) => e.starts && e.place?.code === '330782'))!.number;
      expect(number).toBeGreaterThan(1);
      expect(v.path).toBe(`compare/${v.indicator.id}/${number}/`);
    }
    expect(yiwuValues).toHaveLength(2);
    expect(mine.map((v) => v.path)).toEqual(['compare/county-visits/', 'compare/beds/']);
  });

  it('gives nothing for a place that states no indicator', () => {
    expect(placeValues(pagings, '110000')).toEqual([]);
  });
});
