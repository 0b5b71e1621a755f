import { describe, expect, it } from 'vitest';
import { indicatorView, type ComparedIndicator } from '../../../src/lib/views/compare.ts';
import { metricRows, placesOf } from '../../../src/lib/views/metrics.ts';
import { byName, syntheticReport, unknownPlace, yiwu, yueqing } from '../../helpers/synthetic-reports.ts';

const defs: ComparedIndicator[] = [
  { id: 'life-expectancy', name: '人均预期寿命', unit: '岁', measure: 'rate' },
  { id: 'county-visits', name: '县域就诊率', unit: '%', measure: 'rate' },
  { id: 'beds-per-1000', name: '千人床位数', unit: '张', measure: 'rate' },
  { id: 'beds', name: '床位数', unit: '张', measure: 'count' },
];
// 义乌 also writes 千人床位数 in another unit: it must not be compared with 乐清's 4.06张.
const yiwuOtherUnit = syntheticReport({
  id: 'yiwu-2021',
  city: '义乌',
  province: '浙江',
  divisionCode: '330782',
  sentences: [{ text: '2021年千人床位数4.5个。', figures: [{ raw: '4.5个', value: 4.5, unit: '个', name: '千人床位数', year: 2021 }] }],
});
const reports = [yueqing, yiwu, unknownPlace, yiwuOtherUnit];
const rows = metricRows(reports, byName({ 县域就诊率: 'county-visits', 千人床位数: 'beds-per-1000', 床位数: 'beds' }));
const places = placesOf(reports);

describe('indicatorView', () => {
  const populations = new Map([
    ['330782', { value: 2_000_000, year: 2020, source: '义乌市统计公报' }],
    ['330382', { value: 1_400_000, year: 2023, source: '乐清市统计公报' }],
  ]);

  it('orders the latest actual values from highest, with their years', () => {
    const view = indicatorView(rows, defs[1], places, populations);
    expect(view.latest.map((v) => [v.place.name, v.choice.row.raw])).toEqual([
      ['乐清', '90.45%'],
      ['义乌', '66.28%'],
    ]);
    expect(view.years).toEqual([2020, 2023]);
    expect(view.isCount).toBe(false);
    expect(view.latest.every((v) => v.perCapita === null)).toBe(true);
  });

  it('gives each place its values by year', () => {
    const view = indicatorView(rows, defs[1], places, populations);
    expect(view.series.map((s) => [s.place.name, s.points.map((p) => p.row.year)])).toEqual([
      ['乐清', [2022, 2023]],
      ['义乌', [2020]],
    ]);
  });

  it('keeps targets apart and lists every mapped row, unknown place included', () => {
    const view = indicatorView(rows, defs[1], places, populations);
    expect(view.targets.map((v) => v.choice.row.raw)).toEqual(['92%以上']);
    expect(view.rows.map((r) => r.raw)).toEqual(['90.45%', '88.1%', '92%以上', '66.28%', '66.3%', '66.28%', '99%']);
  });

  it('computes counts per 10,000 residents only for dated counts of places with a population', () => {
    const view = indicatorView(rows, defs[3], places, populations);
    expect(view.isCount).toBe(true);
    expect(view.latest).toHaveLength(1);
    expect(view.latest[0].place.name).toBe('义乌');
    expect(view.latest[0].perCapita?.value).toBeCloseTo(25, 10);
    expect(view.latest[0].perCapita?.population.source).toBe('义乌市统计公报');
    // 乐清's 3200张 has no year: listed, not compared.
    expect(view.rows.map((r) => r.raw)).toEqual(['3200张', '5000张']);
  });

  it('leaves values in another unit out of the comparison but lists them', () => {
    const view = indicatorView(rows, defs[2], places, populations);
    expect(view.latest.map((v) => v.choice.row.raw)).toEqual(['4.06张']);
    expect(view.otherUnit.map((r) => r.raw)).toEqual(['4.5个']);
  });
});

describe('indicatorView with a different measure', () => {
  const recognition: ComparedIndicator = {
    id: 'recognition',
    name: '检查检验结果互认率',
    unit: '%',
    measure: 'rate',
    differentMeasures: [{ name: '调阅后互认率', synonyms: ['调阅后平均互认率'], note: '口径不同。' }],
  };
  const guangzhou = syntheticReport({
    id: 'guangzhou-2021',
    city: '广州',
    province: '广东',
    divisionCode: '440100',
    sentences: [{ text: '调阅后平均互认率达97%。', figures: [{ raw: '97%', value: 97, unit: '%', name: '调阅后平均互认率', year: 2021 }] }],
  });
  const yueqingRecognition = syntheticReport({
    id: 'yueqing-2023-b',
    city: '乐清',
    province: '浙江',
    divisionCode: '330382',
    sentences: [{ text: '跨院互认率达72.44%。', figures: [{ raw: '72.44%', value: 72.44, unit: '%', name: '跨院互认率', year: 2023 }] }],
  });
  const both = [guangzhou, yueqingRecognition];
  const view = indicatorView(metricRows(both, () => 'recognition'), recognition, placesOf(both), new Map());

  it('compares only the indicator’s own measure and lists the other apart, with its note', () => {
    expect(view.latest.map((v) => v.choice.row.raw)).toEqual(['72.44%']);
    expect(view.series.map((s) => s.place.name)).toEqual(['乐清']);
    expect(view.otherMeasures.map((m) => [m.measure.name, m.measure.note, m.rows.map((r) => r.raw)])).toEqual([['调阅后互认率', '口径不同。', ['97%']]]);
    expect(view.rows.map((r) => r.raw)).toEqual(['97%', '72.44%']);
  });
});
