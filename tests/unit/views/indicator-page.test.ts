import { describe, expect, it } from 'vitest';
import { indicatorView, type ComparedIndicator } from '../../../src/lib/views/compare.ts';
import { paginateIndicator } from '../../../src/lib/views/compare-pages.ts';
import { indicatorPageView } from '../../../src/lib/views/indicator-page.ts';
import { placesOf, type MetricRow, type Population } from '../../../src/lib/views/metrics.ts';

const beds: ComparedIndicator = { id: 'beds', name: '床位数', unit: '张', measure: 'count' };
const rate: ComparedIndicator = { id: 'rate', name: '就诊率', unit: '%', measure: 'rate' };

const PLACES = [
  { city: '乐清', province: '浙江', divisionCode: '330382' },
  { city: '温州', province: '浙江', divisionCode: '330300' },
  { city: '天门', province: '湖北', divisionCode: '429006' },
  { city: '海安', province: '江苏', divisionCode: '320685' },
];

let n = 0;
/** A row of `def` at place `p` (null: unknown place). */
function row(def: ComparedIndicator, p: number | null, fields: Partial<MetricRow> = {}): MetricRow {
  n++;
  const place = p === null ? { city: null, province: null, divisionCode: null } : PLACES[p];
  const value = fields.value ?? 10;
  return {
    reportId: `r-${p ?? 'x'}`,
    ...place,
    indicator: def.id,
    name: def.name,
    year: 2023,
    kind: 'actual',
    part: 'summary',
    value,
    upperValue: null,
    raw: `${value}${def.unit}`,
    unit: def.unit,
    qualifier: null,
    sentence: `床位${value}${def.unit}。`,
    sentenceId: `s-${n}`,
    anchor: `s-${n}-f1`,
    start: 2,
    end: 3,
    ...fields,
  };
}

const places = placesOf(PLACES.map((place) => ({ place })) as never);
/** 乐清 and 天门 state their population. */
const populations = new Map<string, Population>([
  ['330382', { value: 1_000_000, year: 2023, source: '统计公报' }],
  ['429006', { value: 500_000, year: 2021, source: '统计公报' }],
]);

function paging(def: ComparedIndicator, rows: MetricRow[], budget?: number) {
  return paginateIndicator(indicatorView(rows, def, places, populations), places, budget);
}

describe('indicatorPageView on one page', () => {
  const rows = [
    row(beds, 0, { value: 900, year: 2022 }),
    row(beds, 0, { value: 1000 }),
    row(beds, 2, { value: 300, year: 2021 }),
    row(beds, 3, { value: 400 }),
    row(beds, 1, { year: null, value: 5 }),
    row(beds, 3, { value: 7, unit: '个', raw: '7个' }),
    row(beds, 0, { kind: 'target', value: 1200, year: 2025 }),
    row(beds, null, { value: 8 }),
  ];
  const page = indicatorPageView(paging(beds, rows), 1);

  it('is the first and only page, with no overview and nothing continuing', () => {
    expect(page).toMatchObject({ number: 1, total: 1, first: true, paged: false, here: '', overview: null, continues: null });
  });

  it('lists the page’s places by province, figures of unknown place under 地点未知', () => {
    // Provinces in pinyin order.
    expect(page.placesByProvince).toEqual([
      { anchor: 'p-湖北', name: '湖北', places: '天门', continued: false },
      { anchor: 'p-江苏', name: '江苏', places: '海安', continued: false },
      { anchor: 'p-浙江', name: '浙江', places: '乐清、温州', continued: false },
      { anchor: 'p-unknown', name: '地点未知', places: '地区未确定的数字', continued: false },
    ]);
  });

  it('gives the targets as one-point series, in the view’s order', () => {
    expect(page.targets.map((s) => [s.place.name, s.points.map((c) => c.row.value)])).toEqual([['乐清', [1200]]]);
  });

  it('divides counts by population where known and names the places without one', () => {
    expect(page.withPopulation.map((v) => v.place.name)).toEqual(['乐清', '天门']);
    expect(page.withPopulation[0].perCapita!.value).toBeCloseTo(10);
    expect(page.withPopulation[1].perCapita).toMatchObject({ yearGap: 0, population: { year: 2021 } });
    expect(page.withPopulation[1].perCapita!.value).toBeCloseTo(6);
    expect(page.withoutPopulation).toEqual(['海安']);
    expect(page.charts.perCapita).not.toBeNull();
  });

  it('draws the latest values and, for the one place with several years, its values over the years', () => {
    expect(page.charts.latest).not.toBeNull();
    expect(page.trends.map((t) => [t.series.place.name, t.series.points.map((c) => c.row.year)])).toEqual([['乐清', [2022, 2023]]]);
  });

  it('groups the latest values by level, then province, with the level of each place from the gazetteer', () => {
    expect(page.peers.map((g) => [g.label, g.anchor, g.provinces.map((p) => [p.province.name, p.anchor, p.values.map((v) => v.place.name)])])).toEqual([
      ['县级市', 'peers-county-city', [
        ['湖北', 'peers-county-city-湖北', ['天门']],
        ['江苏', 'peers-county-city-江苏', ['海安']],
        ['浙江', 'peers-county-city-浙江', ['乐清']],
      ]],
    ]);
    expect(page.latestReading).toContain('条形从零开始');
  });

  it('marks the rows in another unit', () => {
    expect([...page.otherUnit].map((r) => r.raw)).toEqual(['7个']);
    expect(page.view.rows).toHaveLength(rows.length);
  });

  it('has no per-capita values, chart or missing populations for a rate', () => {
    const ratePage = indicatorPageView(paging(rate, [row(rate, 0, { value: 90 }), row(rate, 3, { value: 80 })]), 1);
    expect(ratePage.charts.perCapita).toBeNull();
    expect(ratePage.withoutPopulation).toEqual([]);
    expect(ratePage.trends).toEqual([]);
  });
});

describe('indicatorPageView on several pages', () => {
  // 乐清 states many figures: with a small budget they run over several pages.
  const rows = [
    ...Array.from({ length: 12 }, (_, k) => row(beds, 0, { value: 100 + k, year: 2010 + k })),
    row(beds, 2, { value: 300 }),
    row(beds, 3, { value: 400, year: 2022 }),
    row(beds, 3, { kind: 'target', value: 500, year: 2025 }),
  ];
  const p = paging(beds, rows, 3000);
  const pages = p.pages.map((_, i) => indicatorPageView(p, i + 1));

  it('has several pages, numbered, the first with the overview', () => {
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.map((x) => [x.number, x.total, x.first, x.paged, x.here])).toEqual(
      pages.map((_, i) => [i + 1, pages.length, i === 0, true, '本页']),
    );
    expect(pages.slice(1).every((x) => x.overview === null)).toBe(true);
  });

  it('sums the provinces in the overview and links each to where it starts', () => {
    const overview = pages[0].overview!;
    expect(overview.actual).toBe(3);
    expect(overview.rows).toBe(rows.length);
    for (const province of overview.provinces) {
      const at = p.provinces.find((s) => s.anchor === province.anchor)!.at;
      expect(province.path).toBe(`${at.page === 1 ? 'compare/beds/' : `compare/beds/${at.page}/`}#${province.anchor}`);
      const page = pages[at.page - 1];
      expect(page.placesByProvince.some((x) => x.anchor === province.anchor)).toBe(true);
    }
    expect(overview.provinces.find((x) => x.name === '浙江')!.yearsLabel).toBe('2021年');
    expect(overview.provinces.find((x) => x.name === '江苏')!.yearsLabel).toBe('2022年');
  });

  it('says where a place’s figures continue, and marks the continuation on the next page', () => {
    for (const [i, page] of pages.entries()) {
      const next = pages[i + 1];
      if (page.continues === null) {
        expect(next?.placesByProvince[0]?.continued ?? false).toBe(false);
        continue;
      }
      expect(page.continues.path).toBe(`compare/beds/${i + 2}/`);
      expect(next.placesByProvince[0]).toMatchObject({ places: page.continues.name, continued: true });
    }
    // 乐清's twelve figures take more than one page.
    expect(pages.filter((x) => x.continues?.name === '乐清').length).toBeGreaterThan(0);
    expect(pages.at(-1)!.continues).toBeNull();
  });

  it('refuses a page the indicator does not have', () => {
    expect(() => indicatorPageView(p, pages.length + 1)).toThrow(/no page/);
  });
});
