import { describe, expect, it } from 'vitest';
import { compareIndex } from '../../../src/lib/views/compare-index.ts';
import { indicatorView, type ComparedIndicator } from '../../../src/lib/views/compare.ts';
import { paginateIndicator, provinceMatrix } from '../../../src/lib/views/compare-pages.ts';
import { placesOf, type MetricRow } from '../../../src/lib/views/metrics.ts';

const beds: ComparedIndicator = { id: 'beds', name: '床位数', unit: '张', measure: 'count' };
const rate: ComparedIndicator = { id: 'rate', name: '就诊率', unit: '%', measure: 'rate' };
const staff: ComparedIndicator = { id: 'staff', name: '卫技人员', unit: '人', measure: 'count' };
const indicators = [beds, rate, staff];

const PLACES = [
  { city: '乐清', province: '浙江', divisionCode: '330382' },
  { city: '温州', province: '浙江', divisionCode: '330300' },
  { city: '天门', province: '湖北', divisionCode: '429006' },
];

let n = 0;
function row(def: ComparedIndicator | null, p: number, fields: Partial<MetricRow> = {}): MetricRow {
  n++;
  return {
    reportId: `r-${p}`,
    ...PLACES[p],
    indicator: def?.id ?? null,
    name: def?.name ?? null,
    year: 2023,
    kind: 'actual',
    part: 'summary',
    value: 1,
    upperValue: null,
    raw: '1',
    unit: def?.unit ?? null,
    qualifier: null,
    sentence: '一。',
    sentenceId: `s-${n}`,
    anchor: `s-${n}-f1`,
    start: 0,
    end: 1,
    ...fields,
  };
}

const rows = [
  // 床位数: actual values in both provinces, of different years in 浙江; a target in 湖北.
  row(beds, 0, { year: 2022 }),
  row(beds, 1),
  row(beds, 2),
  row(beds, 2, { kind: 'target', year: 2025 }),
  // 就诊率: only a target, in 浙江.
  row(rate, 0, { kind: 'target', year: 2025 }),
  // 卫技人员: only an undated figure, compared nowhere.
  row(staff, 0, { year: null }),
  // Two figures mapped to no indicator.
  row(null, 0),
  row(null, 2),
];
const places = placesOf(PLACES.map((place) => ({ place })) as never);

function build(budget?: number) {
  const pagings = indicators.map((def) => paginateIndicator(indicatorView(rows, def, places, new Map()), places, budget));
  const input = { indicators, pagings: new Map(pagings.map((p) => [p.indicator.id, p])), matrix: provinceMatrix(pagings, places), rows };
  return { pagings, index: compareIndex(input) };
}

describe('compareIndex', () => {
  const { index } = build();

  it('has a column per province with something to show, and counts what the text states', () => {
    expect(index.columns).toEqual(['湖北', '浙江']);
    expect(index.withActual).toBe(1);
    expect(index.unmapped).toBe(2);
  });

  it('lists in the actual table the indicators with an actual value, each cell the places of the province', () => {
    expect(index.actual.map((r) => r.indicator.id)).toEqual(['beds']);
    expect(index.actual[0]).toEqual({
      indicator: beds,
      path: 'compare/beds/',
      mixedYears: true,
      cells: [
        { count: 1, path: 'compare/beds/#p-湖北' },
        { count: 2, path: 'compare/beds/#p-浙江' },
      ],
    });
  });

  it('lists in the target table the indicators with a target, an empty cell where a province has none', () => {
    expect(index.target).toEqual([
      { indicator: beds, path: 'compare/beds/', mixedYears: false, cells: [{ count: 1, path: 'compare/beds/#p-湖北' }, null] },
      { indicator: rate, path: 'compare/rate/', mixedYears: false, cells: [null, { count: 1, path: 'compare/rate/#p-浙江' }] },
    ]);
  });

  it('lists every indicator with its first page and number of pages', () => {
    expect(index.all).toEqual([
      { indicator: beds, path: 'compare/beds/', pages: 1 },
      { indicator: rate, path: 'compare/rate/', pages: 1 },
      { indicator: staff, path: 'compare/staff/', pages: 1 },
    ]);
  });

  it('links each cell to the page where the province starts', () => {
    const { pagings, index: paged } = build(1500);
    const bedsPaging = pagings[0];
    expect(bedsPaging.pages.length).toBeGreaterThan(1);
    expect(paged.all[0].pages).toBe(bedsPaging.pages.length);
    const at = bedsPaging.provinces.find((p) => p.name === '浙江')!.at;
    expect(at.page).toBeGreaterThan(1);
    expect(paged.actual[0].cells[1]).toEqual({ count: 2, path: `compare/beds/${at.page}/#p-浙江` });
  });
});
