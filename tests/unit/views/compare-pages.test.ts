import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { latestChart, trendCharts } from '../../../src/lib/views/charts/indicator.ts';
import { svgToString } from '../../../src/lib/views/charts/svg.ts';
import { indicatorView, type ComparedIndicator, type IndicatorView } from '../../../src/lib/views/compare.ts';
import { COST, comparePagePath, PAGE_BUDGET, paginateIndicator, provinceMatrix, type IndicatorPage, type IndicatorPaging } from '../../../src/lib/views/compare-pages.ts';
import { placesOf, type MetricRow, type Population } from '../../../src/lib/views/metrics.ts';

const beds: ComparedIndicator = { id: 'beds', name: '床位数', unit: '张', measure: 'count' };
const rate: ComparedIndicator = { id: 'rate', name: '就诊率', unit: '%', measure: 'rate' };
const PROVINCES = ['浙江', '江苏', '湖北', '广东', '四川', '河南'];

/** A place of `count` places: six provinces, the place's code from its number; place 0 of each tenth is unknown. */
function placeOf(n: number): Pick<MetricRow, 'city' | 'province' | 'divisionCode'> {
  if (n % 10 === 9) return { city: null, province: null, divisionCode: null };
  return { city: `城${n}`, province: PROVINCES[n % PROVINCES.length], divisionCode: String(100000 + n) };
}

/**
 * `reports` reports at `places` places, each with figures of `def`: actual values over the years,
 * a target, an undated one, one in another unit; every thirtieth place writes fifty figures.
 */
function corpus(reports: number, places: number, def: ComparedIndicator): MetricRow[] {
  const rows: MetricRow[] = [];
  for (let r = 0; r < reports; r++) {
    const at = placeOf(r % places);
    const year = 2018 + (r % 6);
    const many = (r % places) % 30 === 4 ? 50 : 0;
    const figures: Partial<MetricRow>[] = [
      { year, kind: 'actual', value: 10 + (r % 97) },
      { year: year + 2, kind: 'target', value: 200 },
      { year: null, kind: 'actual', value: 3 },
      { year, kind: 'actual', value: 4, unit: '个' },
      ...Array.from({ length: many }, (_, k) => ({ year, kind: 'actual' as const, value: k })),
    ];
    figures.forEach((f, k) => {
      const value = f.value ?? 0;
      rows.push({
        reportId: `r-${String(r).padStart(5, '0')}`,
        ...at,
        indicator: def.id,
        name: def.name,
        year: null,
        kind: 'actual',
        part: 'summary',
        value,
        upperValue: null,
        raw: `${value}${f.unit ?? def.unit}`,
        unit: def.unit,
        qualifier: null,
        sentence: `床位${value}${def.unit}。`,
        sentenceId: `s-${k + 1}`,
        anchor: `s-${k + 1}-f1`,
        start: 2,
        end: 3,
        ...f,
      });
    });
  }
  return rows;
}

function setup(reports: number, places: number, def = beds, budget = PAGE_BUDGET) {
  const rows = corpus(reports, places, def);
  const placeList = placesOf(
    Array.from({ length: places }, (_, n) => {
      const p = placeOf(n);
      return { place: { ...p, city: p.city } } as never;
    }),
  );
  const populations = new Map<string, Population>(placeList.filter((_, i) => i % 2 === 0).map((p) => [p.code, { value: 500_000, year: 2020, source: '统计公报' }]));
  const view = indicatorView(rows, def, placeList, populations);
  return { view, places: placeList, paging: paginateIndicator(view, placeList, budget) };
}

/** Estimated bytes of a page's entries, by the same costs the paging uses. */
function pageCost({ entries, view }: IndicatorPage): number {
  return (
    COST.place * entries.length +
    view.latest.reduce((n, v) => n + COST.latest + (v.perCapita ? COST.perCapita : 0), 0) +
    view.series.reduce((n, s) => n + COST.point * s.points.length, 0) +
    COST.target * view.targets.length +
    COST.row * view.rows.length
  );
}

/** Marks (bars, points) of a chart. */
const marks = (chart: Element) => svgToString(chart).match(/class="mark"/g)?.length ?? 0;
const codes = (values: { place: { code: string } }[]) => values.map((v) => v.place.code);

describe('paginateIndicator', () => {
  const { view, paging, places } = setup(5000, 1200);

  it('puts every figure of the view on exactly one page, places in place order', () => {
    const shown = paging.pages.flatMap((p) => p.view.rows);
    expect(new Set(shown).size).toBe(shown.length);
    expect(new Set(shown)).toEqual(new Set(view.rows));
    // Known places in the order of `places`, the figures of unknown place last.
    const order = new Map(places.map((p, i) => [p.code, i]));
    const rank = (r: MetricRow) => (r.divisionCode !== null && order.has(r.divisionCode) ? order.get(r.divisionCode)! : places.length);
    expect(shown.map(rank)).toEqual([...shown.map(rank)].sort((a, b) => a - b));
    expect(shown.at(-1)!.divisionCode).toBeNull();
  });

  it('puts every latest value, yearly series, target and other-unit figure on exactly one page', () => {
    const all = <T,>(pick: (v: IndicatorView) => T[]) => paging.pages.flatMap((p) => pick(p.view));
    expect(all((v) => codes(v.latest)).sort()).toEqual(codes(view.latest).sort());
    expect(all((v) => v.series)).toEqual(view.series);
    expect(all((v) => v.targets)).toEqual(view.targets);
    expect(new Set(all((v) => v.otherUnit))).toEqual(new Set(view.otherUnit));
    expect(all((v) => v.otherUnit)).toHaveLength(view.otherUnit.length);
    // Each page keeps the view's order (highest latest value first) and states its own years.
    for (const { view: v } of paging.pages) {
      expect(v.latest.map((x) => x.choice.row.value)).toEqual([...v.latest.map((x) => x.choice.row.value)].sort((a, b) => b - a));
      expect(v.years).toEqual([...new Set(v.latest.map((x) => x.choice.row.year!))].sort((a, b) => a - b));
    }
  });

  it('shows a place’s values on the page its figures start', () => {
    for (const page of paging.pages) {
      const starting = new Set(page.entries.filter((e) => e.starts && e.place).map((e) => e.place!.code));
      for (const code of [...codes(page.view.latest), ...codes(page.view.series), ...codes(page.view.targets)]) expect(starting.has(code)).toBe(true);
      for (const e of page.entries) if (!e.starts) expect(page.entries.indexOf(e)).toBe(0);
    }
  });

  it('keeps every page within its budget, and the page size does not grow with the corpus', () => {
    const over = paging.pages.filter((p) => pageCost(p) > PAGE_BUDGET);
    expect(over.map((p) => p.number)).toEqual([]);
    const small = setup(1000, 240).paging;
    expect(paging.pages.length).toBeGreaterThan(3 * small.pages.length);
    const largest = (p: IndicatorPaging) => Math.max(...p.pages.map(pageCost));
    expect(largest(paging)).toBeLessThanOrEqual(PAGE_BUDGET);
    expect(largest(small)).toBeLessThanOrEqual(PAGE_BUDGET);
    // Bars and lines of one page's charts stay few enough to read.
    for (const p of paging.pages) expect(p.view.latest.length).toBeLessThan(PAGE_BUDGET / (COST.place + COST.latest));
  });

  it('draws each page’s charts from that page’s values only', () => {
    for (const { view: v } of paging.pages.slice(0, 20)) {
      const chart = latestChart(v, 'latest');
      const bars = chart ? marks(chart) : 0;
      expect(bars).toBe(v.latest.length);
      const points = trendCharts(v, 'trend').reduce((n, t) => n + marks(t.chart), 0);
      expect(points).toBe(v.series.filter((s) => s.points.length > 1).reduce((n, s) => n + s.points.length, 0));
    }
  });

  it('cuts a place only when its figures alone exceed a page, over consecutive pages', () => {
    const tight = setup(400, 60, beds, 20_000).paging;
    const cut = new Map<string, number[]>();
    for (const page of tight.pages) for (const e of page.entries) cut.set(e.place?.code ?? '', [...(cut.get(e.place?.code ?? '') ?? []), page.number]);
    const several = [...cut].filter(([, pages]) => pages.length > 1);
    expect(several.length).toBeGreaterThan(0);
    for (const [code, pages] of several) {
      expect(pages).toEqual(Array.from({ length: pages.length }, (_, i) => pages[0] + i));
      const rows = tight.pages.flatMap((p) => p.entries.filter((e) => (e.place?.code ?? '') === code).flatMap((e) => e.rows));
      expect(COST.place + COST.row * rows.length).toBeGreaterThan(20_000 - COST.latest - COST.target - 10 * COST.point);
    }
  });

  it('summarises each province: places with values, figures, and the page and anchor where it starts', () => {
    const firstPage = new Map<string, number>();
    for (const page of paging.pages) for (const e of page.entries) if (!firstPage.has(e.province.anchor)) firstPage.set(e.province.anchor, page.number);
    expect(paging.provinces.map((p) => p.anchor)).toEqual([...firstPage.keys()]);
    for (const p of paging.provinces) {
      expect(p.at).toEqual({ page: firstPage.get(p.anchor), anchor: p.anchor });
      const mine = (x: { place: { province: string | null } }) => (x.place.province ?? '地点未知') === p.name;
      expect(p.actual).toBe(view.latest.filter(mine).length);
      expect(p.targets).toBe(view.targets.filter(mine).length);
      expect(p.years).toEqual([...new Set(view.latest.filter(mine).map((v) => v.choice.row.year!))].sort((a, b) => a - b));
    }
    expect(paging.provinces.reduce((n, p) => n + p.rows, 0)).toBe(view.rows.length);
    expect(paging.provinces.at(-1)!.name).toBe('地点未知');
    expect(paging.years).toEqual(view.years);
  });

  it('has one empty page for an indicator nobody reports', () => {
    const empty = paginateIndicator(indicatorView([], rate, places, new Map()), places);
    expect(empty.pages).toHaveLength(1);
    expect(empty.pages[0].entries).toEqual([]);
    expect(empty.provinces).toEqual([]);
  });
});

describe('provinceMatrix', () => {
  const a = setup(800, 200, beds);
  const b = setup(50, 12, rate);
  const none = paginateIndicator(indicatorView([], { ...rate, id: 'none' }, a.places, new Map()), a.places);
  const matrix = provinceMatrix([a.paging, none, b.paging], a.places);

  it('has one row per indicator with a value, one column per province of the places', () => {
    expect(matrix.indicators.map((p) => p.indicator.id)).toEqual(['beds', 'rate']);
    expect(matrix.columns.map((c) => c.name)).toEqual([...new Set(a.places.map((p) => p.province))]);
  });

  it('takes each cell from the indicator’s province summary (unknown places are not a column)', () => {
    for (const column of matrix.columns) {
      matrix.indicators.forEach((p, i) => {
        const s = p.provinces.find((x) => x.anchor === column.anchor) ?? null;
        expect(column.cells[i]).toEqual(s && (s.actual > 0 || s.targets > 0) ? s : null);
      });
    }
    expect(matrix.columns.map((c) => c.anchor)).not.toContain('p-unknown');
  });
});

describe('comparePagePath', () => {
  it('puts page 1 at the indicator’s own address', () => {
    expect(comparePagePath('beds')).toBe('compare/beds/');
    expect(comparePagePath('beds', 1)).toBe('compare/beds/');
    expect(comparePagePath('beds', 4)).toBe('compare/beds/4/');
  });
});
