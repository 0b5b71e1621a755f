import { describe, expect, it } from 'vitest';
import { indicatorView, type ComparedIndicator } from '../../../src/lib/views/compare.ts';
import { paginateIndicator } from '../../../src/lib/views/compare-pages.ts';
import { keyIndicators } from '../../../src/lib/views/home.ts';
import { placesOf, type MetricRow } from '../../../src/lib/views/metrics.ts';

const life: ComparedIndicator = { id: 'life', name: '人均预期寿命', unit: '岁', measure: 'years' };
const beds: ComparedIndicator = { id: 'beds', name: '千人床位数', unit: '张', measure: 'per-capita' };
const doctors: ComparedIndicator = { id: 'doctors', name: '千人医师数', unit: '人', measure: 'per-capita' };
const CITIES = [
  { city: '乐清', province: '浙江', divisionCode: '330382' },
  { city: '天门', province: '湖北', divisionCode: '429006' },
  { city: '海安', province: '江苏', divisionCode: '320685' },
];

/** One actual figure of `def` stated by a city's report for a year. */
function row(def: ComparedIndicator, city: number, year: number, value: number): MetricRow {
  return {
    reportId: `r-${city}-${year}`,
    ...CITIES[city],
    indicator: def.id,
    name: def.name,
    year,
    kind: 'actual',
    part: 'summary',
    value,
    upperValue: null,
    raw: `${value}${def.unit}`,
    unit: def.unit,
    qualifier: null,
    sentence: `${def.name}${value}${def.unit}。`,
    sentenceId: 's-1',
    anchor: 's-1-f1',
    start: 0,
    end: 1,
  };
}

const rows = [
  row(life, 0, 2022, 82.5),
  row(life, 0, 2023, 83.06),
  row(life, 1, 2023, 80.1),
  row(life, 2, 2023, 81.9),
  row(beds, 0, 2023, 5.2),
  row(beds, 2, 2023, 6.1),
  row(doctors, 1, 2023, 3.4),
];
const places = placesOf(CITIES.map(({ divisionCode, city, province }) => ({ place: { divisionCode, city, province } as never })));
// A tiny page budget: each indicator's places spread over several pages.
const pagings = [doctors, beds, life].map((def) =>
  paginateIndicator(indicatorView(rows.filter((r) => r.indicator === def.id), def, places, new Map()), places, 1),
);

describe('keyIndicators', () => {
  it('the indicators most places state, each place’s latest value from whichever page it is on, highest first', () => {
    expect(pagings.find((p) => p.indicator.id === 'life')!.pages.length).toBeGreaterThan(1);
    const key = keyIndicators(pagings, 5);
    expect(key.map((k) => k.indicator.id)).toEqual(['life', 'beds']);
    expect(key[0].path).toBe('compare/life/');
    expect(key[0].values.map((v) => [v.place.name, v.choice.row.year, v.choice.row.raw])).toEqual([
      ['乐清', 2023, '83.06岁'],
      ['海安', 2023, '81.9岁'],
      ['天门', 2023, '80.1岁'],
    ]);
  });

  it('an indicator only one place states is not a comparison; at most `count` are kept', () => {
    expect(keyIndicators(pagings, 5).some((k) => k.indicator.id === 'doctors')).toBe(false);
    expect(keyIndicators(pagings, 1).map((k) => k.indicator.id)).toEqual(['life']);
    expect(keyIndicators([], 3)).toEqual([]);
  });
});
