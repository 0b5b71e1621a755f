import { describe, expect, it } from 'vitest';
import { latestByPlace, metricRows, perCapita, placesOf, yearlyByPlace, type MetricRow } from '../../../src/lib/views/metrics.ts';
import { byName, unknownPlace, yiwu, yueqing } from '../../helpers/synthetic-reports.ts';

const indicatorOf = byName({ 县域就诊率: 'county-visits', 千人床位数: 'beds-per-1000', 床位数: 'beds' });
const rows = metricRows([yueqing, yiwu, unknownPlace], indicatorOf);

describe('metricRows', () => {
  it('gives one row per figure, in report then document order, with place and anchors', () => {
    expect(rows.map((r) => r.raw)).toEqual(['90.45%', '4.06张', '88.1%', '92%以上', '3200张', '9.63%', '66.28%', '66.3%', '5000张', '66.28%', '99%']);
    const beds = rows[1];
    expect(beds).toMatchObject({
      reportId: 'yueqing-2023',
      city: '乐清',
      province: '浙江',
      divisionCode: '330382',
      indicator: 'beds-per-1000',
      name: '千人床位数',
      year: 2023,
      kind: 'actual',
      value: 4.06,
      unit: '张',
      qualifier: null,
      sentence: '2023年,县域就诊率90.45%,千人床位数4.06张。',
      sentenceId: 's-1',
      anchor: 's-1-f2',
    });
  });

  it('points at each figure within its sentence', () => {
    for (const r of rows) expect(r.sentence.slice(r.start, r.end)).toBe(r.raw);
  });

  it('keeps unmapped figures with a null indicator', () => {
    const surgery = rows.find((r) => r.raw === '9.63%') as MetricRow;
    expect(surgery.indicator).toBeNull();
    expect(surgery.kind).toBe('change');
  });
});

describe('latestByPlace', () => {
  const latest = latestByPlace(rows, 'actual');

  it('chooses per place the actual value of the latest stated year', () => {
    const visits = latest.get('county-visits');
    expect(visits?.get('330382')?.row.raw).toBe('90.45%');
    expect(visits?.get('330382')?.row.year).toBe(2023);
    expect(visits?.get('330782')?.row.raw).toBe('66.28%');
  });

  it('never chooses a target as an actual value, and keeps targets to themselves', () => {
    expect(latest.get('county-visits')?.get('330382')?.row.kind).toBe('actual');
    const targets = latestByPlace(rows, 'target');
    expect([...targets.keys()]).toEqual(['county-visits']);
    expect(targets.get('county-visits')?.get('330382')?.row.raw).toBe('92%以上');
    expect(targets.get('county-visits')?.has('330782')).toBe(false);
  });

  it('leaves out rows without a year, place or indicator', () => {
    expect(latest.get('beds')?.has('330382')).toBe(false);
    expect(latest.get('beds')?.get('330782')?.row.raw).toBe('5000张');
    const codes = [...latest.values()].flatMap((m) => [...m.keys()]);
    expect(codes).not.toContain(null);
    expect([...latest.keys()].sort()).toEqual(['beds', 'beds-per-1000', 'county-visits']);
    expect([...latest.values()].flatMap((m) => [...m.values()]).some((c) => c.row.reportId === 'unknown-2023')).toBe(false);
  });

  it('shows a different value stated for the same year, once, and not a repeat of the same value', () => {
    const yiwuVisits = latest.get('county-visits')?.get('330782');
    expect(yiwuVisits?.disagreeing.map((r) => r.raw)).toEqual(['66.3%']);
    expect(latest.get('county-visits')?.get('330382')?.disagreeing).toEqual([]);
  });

  it('keeps every stated year per place for charts over time', () => {
    const years = yearlyByPlace(rows, 'actual').get('county-visits')?.get('330382');
    expect([...(years?.keys() ?? [])].sort()).toEqual([2022, 2023]);
    expect(years?.get(2022)?.row.value).toBe(88.1);
  });
});

describe('places', () => {
  it('lists each place with a division code once, in pinyin order within a province', () => {
    const places = placesOf([yiwu, unknownPlace, yueqing, yiwu]);
    expect(places).toEqual([
      { code: '330382', name: '乐清', province: '浙江' },
      { code: '330782', name: '义乌', province: '浙江' },
    ]);
  });
});

describe('perCapita', () => {
  const yiwuBeds = rows.find((r) => r.raw === '5000张') as MetricRow;

  it('divides a count by population per 10,000 residents and reports the year gap', () => {
    const pc = perCapita(yiwuBeds, { value: 2_000_000, year: 2020, source: '统计公报' });
    expect(pc?.value).toBeCloseTo(25, 10);
    expect(pc?.yearGap).toBe(0);
    const older = perCapita(yiwuBeds, { value: 1_250_000, year: 2018, source: '统计公报' });
    expect(older?.value).toBeCloseTo(40, 10);
    expect(older?.yearGap).toBe(2);
  });

  it('refuses a count of unknown year or a population that is not positive', () => {
    const undated = rows.find((r) => r.raw === '3200张') as MetricRow;
    expect(perCapita(undated, { value: 1_000_000, year: 2023, source: 'x' })).toBeNull();
    expect(perCapita(yiwuBeds, { value: 0, year: 2020, source: 'x' })).toBeNull();
  });
});
