import { describe, expect, it } from 'vitest';
import type { Report, Sentence } from '../../../src/lib/model/report.ts';
import { figuresIn } from '../../helpers/synthetic-reports.ts';
import { metricRows } from '../../../src/lib/views/metrics.ts';
import {
  byPlaceThenYear,
  COST,
  FIGURES_SHOWN,
  paginateTopic,
  provinceShares,
  sectionCost,
  topicPagePath,
  type TopicPage,
  type TopicPaging,
} from '../../../src/lib/views/topic-pages.ts';
import { reportTopics, sectionsAbout, type ReportTopics } from '../../../src/lib/views/topic-view.ts';
import type { TopicDef } from '../../../src/lib/editorial/topics.ts';

const defs: TopicDef[] = [
  { id: 'tcm', name: '中医药', keywords: ['中医药', '中医'], description: '中医药' },
  { id: 'party', name: '党建', keywords: ['党建', '党组织'], description: '党建' },
];

const PLACES = [
  { province: '浙江', city: '乐清', divisionCode: '330382' },
  { province: '浙江', city: '温州', divisionCode: '330300' },
  { province: '湖北', city: '天门', divisionCode: '429006' },
  { province: '江苏', city: '海安', divisionCode: '320685' },
  { province: '江苏', city: null, divisionCode: '320000' },
  { province: null, city: null, divisionCode: null },
];

/**
 * A report of `tcm` sections about 中医药 (each with `figures` figures) and one about 党建, at one
 * of PLACES with a year (or none) from its number.
 */
function makeReport(n: number, tcm: number, figures = 1): Report {
  const place = PLACES[n % PLACES.length];
  const year = n % 5 === 0 ? null : 2018 + (n % 7);
  let s = 0;
  const sentence = (text: string, raws: string[]): Sentence => {
    const id = `s-${++s}`;
    return { id, text, figures: figuresIn(id, text, raws.map((raw) => ({ raw, value: Number.parseInt(raw, 10), unit: '家', year }))) };
  };
  const blocks: unknown[] = [];
  for (let i = 0; i < tcm; i++) {
    const raws = Array.from({ length: figures }, (_, k) => `${k + 1}家`);
    blocks.push({ type: 'heading', id: `h-${i + 1}`, depth: 1, label: '', title: `中医药工作第${i + 1}项`, line: 2 * i + 1, inline: false });
    blocks.push({ type: 'paragraph', line: 2 * i + 2, sentences: [sentence(`建成中医馆${raws.join('、')}。`, raws)] });
  }
  blocks.push({ type: 'heading', id: `h-${tcm + 1}`, depth: 1, label: '', title: '党建引领', line: 2 * tcm + 1, inline: false });
  blocks.push({ type: 'paragraph', line: 2 * tcm + 2, sentences: [sentence('基层党组织标准化建设全面达标。', [])] });
  return {
    id: `r-${String(n).padStart(4, '0')}`,
    title: `报告${n}`,
    place: { ...place, fullName: null, prefecture: null, level: null, basis: '' },
    reviewYear: year,
    planYear: year === null ? null : year + 1,
    parts: [{ kind: 'summary', year, title: null, anchor: null, outline: [], blocks }],
  } as unknown as Report;
}

/** `count` reports: every seventh without 中医药, one in fifty with so many sections it fills pages. */
function corpus(count: number): { reports: Report[]; views: Map<string, ReportTopics> } {
  const reports = Array.from({ length: count }, (_, n) => makeReport(n, n % 50 === 3 ? 150 : n % 7, n % 11 === 0 ? 30 : 1 + (n % 3)));
  const rows = Map.groupBy(metricRows(reports, () => null), (r) => r.reportId);
  return { reports, views: new Map(reports.map((r) => [r.id, reportTopics(r, defs, rows.get(r.id) ?? [])])) };
}

/** Estimated bytes of a page's entries, by the same costs the paging uses. */
function pageCost(page: TopicPage): number {
  let cost = 0;
  for (const run of page.covered) for (const g of run.items) cost += COST.report + COST.province + g.sections.reduce((n, s) => n + sectionCost(s), 0);
  for (const run of page.absent) cost += run.items.length * COST.absent;
  return cost;
}

const groupsOf = (paging: TopicPaging) => paging.pages.flatMap((p) => p.covered.flatMap((run) => run.items.map((g) => ({ page: p.number, run, g }))));
const absentOf = (paging: TopicPaging) => paging.pages.flatMap((p) => p.absent.flatMap((run) => run.items.map((a) => ({ page: p.number, run, a }))));

describe('paginateTopic on many reports', () => {
  const { reports, views } = corpus(1200);
  const budget = 40_000;
  const paging = paginateTopic('tcm', reports, views, budget);

  it('lists every section the topic view selects exactly once, in the report’s order, reports in place order', () => {
    const shown = new Map<string, string[]>();
    for (const { g } of groupsOf(paging)) {
      const anchors = shown.get(g.report.id) ?? [];
      expect(g.from, g.report.id).toBe(anchors.length);
      shown.set(g.report.id, [...anchors, ...g.sections.map((s) => s.section.anchor)]);
    }
    const expected = [...reports].sort(byPlaceThenYear).filter((r) => sectionsAbout(views.get(r.id)!, 'tcm').length > 0);
    expect([...shown.keys()]).toEqual(expected.map((r) => r.id));
    for (const r of expected) expect(shown.get(r.id), r.id).toEqual(sectionsAbout(views.get(r.id)!, 'tcm').map((s) => s.section.anchor));
    expect(paging.sections).toBe(expected.reduce((n, r) => n + sectionsAbout(views.get(r.id)!, 'tcm').length, 0));
    expect(paging.covering).toBe(expected.length);
  });

  it('lists every report without such a section once, after the others', () => {
    const absent = absentOf(paging);
    const expected = [...reports].sort(byPlaceThenYear).filter((r) => sectionsAbout(views.get(r.id)!, 'tcm').length === 0);
    expect(expected.length).toBeGreaterThan(100);
    expect(absent.map(({ a }) => a.report.id)).toEqual(expected.map((r) => r.id));
    const lastCovered = Math.max(...groupsOf(paging).map(({ page }) => page));
    expect([lastCovered, lastCovered + 1]).toContain(absent[0].page);
    expect(paging.absentAt).toEqual({ page: absent[0].page, anchor: 'absent' });
    expect(paging.pages.filter((p) => p.absentStarts).map((p) => p.number)).toEqual([absent[0].page]);
  });

  it('keeps every page within the budget, cutting only a report too large for a page of its own', () => {
    expect(paging.pages.length).toBeGreaterThan(20);
    for (const page of paging.pages) expect(pageCost(page), `page ${page.number}`).toBeLessThanOrEqual(budget);
    const pagesOf = Map.groupBy(groupsOf(paging), ({ g }) => g.report.id);
    const cut = [...pagesOf].filter(([, groups]) => groups.length > 1);
    expect(cut.length).toBeGreaterThan(0);
    for (const [id, groups] of cut) {
      const whole = COST.report + COST.province + sectionsAbout(views.get(id)!, 'tcm').reduce((n, s) => n + sectionCost(s), 0);
      expect(whole, id).toBeGreaterThan(budget);
      expect(groups.map((x) => x.page)).toEqual(groups.map((_, i) => groups[0].page + i));
    }
  });

  it('bounds a page whatever the corpus size, and grows the page count with it', () => {
    const small = corpus(120);
    const few = paginateTopic('tcm', small.reports, small.views, budget);
    const most = (p: TopicPaging) => Math.max(...p.pages.map(pageCost));
    expect(most(paging)).toBeLessThanOrEqual(budget);
    expect(most(few)).toBeLessThanOrEqual(budget);
    expect(paging.pages.length).toBeGreaterThan(5 * few.pages.length);
  });

  it('numbers pages from 1 and heads each province where it starts', () => {
    expect(paging.pages.map((p) => p.number)).toEqual(paging.pages.map((_, i) => i + 1));
    const starts = groupsOf(paging).filter(({ run }) => run.starts);
    expect(new Set(starts.map(({ run }) => run.province.anchor)).size).toBe(new Set(starts.map(({ run }) => run)).size);
    for (const p of paging.provinces) {
      const first = groupsOf(paging).find(({ g }) => (g.report.place.province ?? '地点未知') === p.name);
      if (p.covering > 0) {
        expect(p.coveredAt).toEqual({ page: first!.page, anchor: p.anchor });
        expect(first!.run.starts).toBe(true);
      } else expect(p.coveredAt).toBeNull();
      const firstAbsent = absentOf(paging).find(({ a }) => (a.report.place.province ?? '地点未知') === p.name);
      expect(p.absentAt).toEqual(firstAbsent ? { page: firstAbsent.page, anchor: `absent-${p.anchor}` } : null);
    }
    expect(paging.provinces.map((p) => p.name)).toEqual(['湖北', '江苏', '浙江', '地点未知']);
    expect(paging.provinces.reduce((n, p) => n + p.reports, 0)).toBe(reports.length);
    expect(paging.provinces.reduce((n, p) => n + p.covering, 0)).toBe(paging.covering);
    expect(paging.places).toBe(PLACES.filter((p) => p.divisionCode).length);
  });

  it('lists at most FIGURES_SHOWN figures’ worth of cost per section', () => {
    const big = groupsOf(paging).flatMap(({ g }) => g.sections).find((s) => s.figures.length > FIGURES_SHOWN)!;
    expect(sectionCost(big)).toBe(COST.section + COST.figure * FIGURES_SHOWN);
  });
});

describe('paginateTopic edge cases', () => {
  it('gives a corpus without reports one empty page', () => {
    const paging = paginateTopic('tcm', [], new Map());
    expect(paging.pages).toEqual([{ number: 1, covered: [], absent: [], absentStarts: false }]);
    expect([paging.reports, paging.covering, paging.sections, paging.absentAt]).toEqual([0, 0, 0, null]);
  });

  it('fails on a report without a topic view rather than leaving it out', () => {
    expect(() => paginateTopic('tcm', [makeReport(1, 1)], new Map())).toThrow(/r-0001/);
  });
});

describe('byPlaceThenYear', () => {
  it('orders by province, city and first year, unknowns last', () => {
    const r = (id: string, province: string | null, city: string | null, year: number | null) =>
      ({ id, title: id, place: { province, city }, reviewYear: year, planYear: null }) as unknown as Report;
    const sorted = [r('a', null, null, 2020), r('b', '浙江', '乐清', null), r('c', '浙江', '乐清', 2019), r('d', '江苏', null, 2020), r('e', '江苏', '海安', 2021), r('f', '浙江', '乐清', 2018)].sort(
      byPlaceThenYear,
    );
    expect(sorted.map((x) => x.id)).toEqual(['e', 'd', 'f', 'c', 'b', 'a']);
  });
});

describe('provinceShares', () => {
  it('divides each province’s characters about a topic by all its characters', () => {
    const { reports, views } = corpus(60);
    const rows = provinceShares(reports, views);
    expect(rows.map((r) => r.name)).toEqual(['湖北', '江苏', '浙江', '地点未知']);
    for (const row of rows) {
      const mine = reports.filter((r) => (r.place.province ?? '地点未知') === row.name).map((r) => views.get(r.id)!);
      expect(row.reports).toBe(mine.length);
      const total = mine.reduce((n, v) => n + v.chars, 0);
      row.shares.forEach((s, i) => {
        const chars = mine.reduce((n, v) => n + v.shares[i].chars, 0);
        expect(s.chars).toBeCloseTo(chars, 6);
        expect(s.share).toBeCloseTo(chars / total, 10);
      });
    }
  });
});

describe('topic page paths', () => {
  it('puts page 1 at the topic’s own address', () => {
    expect(topicPagePath('tcm')).toBe('topics/tcm/');
    expect(topicPagePath('tcm', 1)).toBe('topics/tcm/');
    expect(topicPagePath('tcm', 3)).toBe('topics/tcm/3/');
  });
});
