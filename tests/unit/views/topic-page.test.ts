import { describe, expect, it } from 'vitest';
import type { TopicDef } from '../../../src/lib/editorial/topics.ts';
import type { Report, Sentence } from '../../../src/lib/model/report.ts';
import { figuresIn } from '../../helpers/synthetic-reports.ts';
import { metricRows } from '../../../src/lib/views/metrics.ts';
import { SECTIONS_SHOWN, topicPageView } from '../../../src/lib/views/topic-page.ts';
import { FIGURES_SHOWN, paginateTopic } from '../../../src/lib/views/topic-pages.ts';
import { reportTopics } from '../../../src/lib/views/topic-view.ts';

const defs: TopicDef[] = [
  { id: 'tcm', name: '中医药', keywords: ['中医药', '中医'], description: '中医药' },
  { id: 'party', name: '党建', keywords: ['党建', '党组织'], description: '党建' },
];

interface Spec {
  id: string;
  place: { city: string | null; province: string | null; divisionCode: string | null };
  year: number | null;
  /** Text before any heading. */
  lead?: string;
  /** Sections about 中医药, each with its number of figures. */
  tcm: number[];
  party: boolean;
}

/** A report of headed sections: `tcm[i]` figures (床位数, actual, of the report's year) in the i-th 中医药 section. */
function makeReport(spec: Spec): Report {
  let s = 0;
  const sentence = (text: string, raws: string[]): Sentence => {
    const id = `s-${++s}`;
    return { id, text, figures: figuresIn(id, text, raws.map((raw, k) => ({ raw, value: k + 1, name: k === 0 ? '床位数' : null, unit: '张', year: spec.year }))) };
  };
  const blocks: unknown[] = [];
  if (spec.lead) blocks.push({ type: 'paragraph', line: 1, sentences: [sentence(spec.lead, [])] });
  spec.tcm.forEach((figures, i) => {
    const raws = Array.from({ length: figures }, (_, k) => `${k + 1}张`);
    blocks.push({ type: 'heading', id: `h-${i + 1}`, depth: 1, label: `${i + 1}.`, title: `中医药工作第${i + 1}项`, line: 2 * i + 2, inline: false });
    blocks.push({ type: 'paragraph', line: 2 * i + 3, sentences: [sentence(`建成中医馆床位${raws.join('、')}。`, raws)] });
  });
  if (spec.party) {
    blocks.push({ type: 'heading', id: 'h-party', depth: 1, label: '', title: '党建引领', line: 100, inline: false });
    blocks.push({ type: 'paragraph', line: 101, sentences: [sentence('基层党组织标准化建设全面达标。', [])] });
  }
  return {
    id: spec.id,
    title: `${spec.place.city ?? '某地'}工作总结`,
    place: { ...spec.place, fullName: null, prefecture: null, level: null, basis: '' },
    reviewYear: spec.year,
    planYear: null,
    parts: [{ kind: 'summary', year: spec.year, title: null, anchor: null, outline: [], blocks }],
  } as unknown as Report;
}

const LEAD = '中医药发展良好，中医药服务能力持续提升，中医药人才队伍不断壮大，群众满意。';
const reports = [
  makeReport({ id: 'yueqing-2023', place: { city: '乐清', province: '浙江', divisionCode: '330382' }, year: 2023, tcm: [FIGURES_SHOWN + 2, 1, 1, 1, 1, 1], party: true }),
  makeReport({ id: 'tianmen-2022', place: { city: '天门', province: '湖北', divisionCode: '429006' }, year: 2022, tcm: [], party: true }),
  makeReport({ id: 'unknown', place: { city: null, province: null, divisionCode: null }, year: null, lead: LEAD, tcm: [], party: false }),
];
const rows = Map.groupBy(metricRows(reports, () => null), (r) => r.reportId);
const views = new Map(reports.map((r) => [r.id, reportTopics(r, defs, rows.get(r.id) ?? [])]));

describe('topicPageView on one page', () => {
  const paging = paginateTopic('tcm', reports, views);
  const page = topicPageView(paging, 1);

  it('is the first and only page', () => {
    expect(page).toMatchObject({ number: 1, total: 1, first: true, pageLabel: '', overviewPath: 'topics/tcm/#overview' });
  });

  it('has the overview by province, each linked to where its reports start', () => {
    expect(page.provinces).toEqual([
      { name: '湖北', reports: 1, covering: 0, sections: 0, absent: 1, coveredPath: null, absentPath: 'topics/tcm/#absent-p-湖北' },
      { name: '浙江', reports: 1, covering: 1, sections: 6, absent: 0, coveredPath: 'topics/tcm/#p-浙江', absentPath: null },
      { name: '地点未知', reports: 1, covering: 1, sections: 1, absent: 0, coveredPath: 'topics/tcm/#p-unknown', absentPath: null },
    ]);
    expect(page.absentPath).toBe('topics/tcm/#absent');
  });

  it('gives each report a column: the first sections open, the rest folded', () => {
    expect(page.covered.map((run) => [run.anchor, run.name, run.columns.map((c) => c.reportId)])).toEqual([
      ['p-浙江', '浙江', ['yueqing-2023']],
      ['p-unknown', '地点未知', ['unknown']],
    ]);
    const [column] = page.covered[0].columns;
    expect(column).toMatchObject({ starts: true, label: '乐清 2023' });
    expect(column.summary).toMatch(/^乐清工作总结 · 相关段落6段，约占全文\d+%$/);
    expect(column.shown).toHaveLength(SECTIONS_SHOWN);
    expect(column.folded).toHaveLength(6 - SECTIONS_SHOWN);
    expect([...column.shown, ...column.folded].map((s) => s.anchor)).toEqual(['h-1', 'h-2', 'h-3', 'h-4', 'h-5', 'h-6']);
  });

  it('shows a section’s heading, year and excerpt, and at most FIGURES_SHOWN figures with their name, kind and year', () => {
    const [first] = page.covered[0].columns[0].shown;
    expect(first).toMatchObject({ anchor: 'h-1', title: '1.中医药工作第1项', path: '', year: '2023年' });
    expect(first.excerpt).toBe(`建成中医馆床位${Array.from({ length: FIGURES_SHOWN + 2 }, (_, k) => `${k + 1}张`).join('、')}。`);
    expect(first.figures).toHaveLength(FIGURES_SHOWN);
    expect(first.moreFigures).toBe(2);
    expect(first.figures[0].note).toBe(' 床位数（实际，2023年）');
    expect(first.figures[1].note).toBe('（实际，2023年）');
    expect(first.figures.map((f) => f.row.raw).slice(0, 3)).toEqual(['1张', '2张', '3张']);
  });

  it('titles a section without a heading by the start of its text', () => {
    const [section] = page.covered[1].columns[0].shown;
    expect(section.title).toBe(`${[...LEAD].slice(0, 20).join('')}…`);
    expect(section).toMatchObject({ year: '年份未注明', figures: [], moreFigures: 0 });
  });

  it('lists the reports without a section about the topic by province', () => {
    expect(page.absent).toEqual({
      starts: true,
      runs: [{ anchor: 'absent-p-湖北', name: '湖北', reports: [{ id: 'tianmen-2022', label: '天门 2022', title: '天门工作总结' }] }],
    });
  });

  it('has no absent list when every report speaks of the topic', () => {
    const party = topicPageView(paginateTopic('party', reports.slice(0, 2), views), 1);
    expect(party.absent).toBeNull();
    expect(party.absentPath).toBeNull();
  });
});

describe('topicPageView on several pages', () => {
  const paging = paginateTopic('tcm', reports, views, 3000);
  const pages = paging.pages.map((_, i) => topicPageView(paging, i + 1));

  it('labels the pages and keeps the overview on the first', () => {
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.map((p) => p.pageLabel)).toEqual(pages.map((_, i) => `（第${i + 1}页，共${pages.length}页）`));
    expect(pages[0].provinces).toHaveLength(3);
    expect(pages.slice(1).every((p) => p.provinces.length === 0 && p.absentPath === null && !p.first)).toBe(true);
  });

  it('continues a cut report on the next pages, saying which of its sections each page has', () => {
    const columns = pages.flatMap((p) => p.covered.flatMap((run) => run.columns.map((c) => ({ run, c })))).filter(({ c }) => c.reportId === 'yueqing-2023');
    expect(columns.length).toBeGreaterThan(1);
    expect(columns.map(({ c }) => c.starts)).toEqual(columns.map((_, i) => i === 0));
    expect(columns.slice(1).every(({ run }) => run.anchor === null)).toBe(true);
    let from = 1;
    for (const { c } of columns) {
      const count = c.shown.length + c.folded.length;
      expect(c.summary).toMatch(new RegExp(`，本页为第${from}–${from + count - 1}段$`));
      from += count;
    }
    expect(from - 1).toBe(6);
  });

  it('refuses a page the topic does not have', () => {
    expect(() => topicPageView(paging, pages.length + 1)).toThrow(/no page/);
  });
});
