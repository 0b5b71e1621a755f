import { describe, expect, it } from 'vitest';
import type { TopicDef } from '../../../src/lib/editorial/topics.ts';
import type { Report } from '../../../src/lib/model/report.ts';
import { svgToString } from '../../../src/lib/views/charts/svg.ts';
import { topicIndex } from '../../../src/lib/views/topic-index.ts';
import { paginateTopic, provinceShares } from '../../../src/lib/views/topic-pages.ts';
import { reportTopics } from '../../../src/lib/views/topic-view.ts';

const defs: TopicDef[] = [
  { id: 'tcm', name: '中医药', keywords: ['中医药', '中医'], description: '中医药传承创新' },
  { id: 'party', name: '党建', keywords: ['党建', '党组织'], description: '党的建设' },
];

/** A report with one section per heading, `一、<title>` followed by `text`. */
function makeReport(id: string, province: string, city: string, code: string, sections: [string, string][]): Report {
  const blocks = sections.flatMap(([title, text], i) => [
    { type: 'heading', id: `h-${i + 1}`, depth: 1, label: '一、', title, line: 2 * i + 1, inline: false },
    { type: 'paragraph', line: 2 * i + 2, sentences: [{ id: `s-${i + 1}`, text, figures: [] }] },
  ]);
  return {
    id,
    title: `${city}工作总结`,
    place: { city, province, divisionCode: code, fullName: null, prefecture: null, level: null, basis: '' },
    reviewYear: 2023,
    planYear: null,
    parts: [{ kind: 'summary', year: 2023, title: null, anchor: null, outline: [], blocks }],
  } as unknown as Report;
}

const reports = [
  // 浙江: 13 of 28 characters about 中医药 (heading and text), the rest about nothing.
  makeReport('yueqing', '浙江', '乐清', '330382', [
    ['中医药', '建成中医馆十家。'],
    ['其他工作', '完成各项任务十件。'],
  ]),
  // 湖北: all about 党建.
  makeReport('tianmen', '湖北', '天门', '429006', [['党建引领', '加强基层党组织。']]),
];
const views = new Map(reports.map((r) => [r.id, reportTopics(r, defs, [])]));
const pagings = new Map(defs.map((d) => [d.id, paginateTopic(d.id, reports, views)]));
const provinces = provinceShares(reports, views);

describe('topicIndex', () => {
  const index = topicIndex({ defs, pagings, provinces });

  it('lists every topic with its first page and how many reports and sections speak of it', () => {
    expect(index.topics.map(({ def, ...t }) => ({ id: def.id, ...t }))).toEqual([
      { id: 'tcm', path: 'topics/tcm/', covering: 1, sections: 1 },
      { id: 'party', path: 'topics/party/', covering: 1, sections: 1 },
    ]);
  });

  it('has a row per province, its shares labelled as percentages', () => {
    expect(index.rows.map((r) => [r.name, r.reports, r.cells.map((c) => c.label)])).toEqual([
      ['湖北', 1, ['0', '100']],
      ['浙江', 1, ['46', '0']],
    ]);
  });

  it('links each cell to where the province starts on the topic’s pages: its covered reports, else the others', () => {
    expect(index.rows.map((r) => r.cells.map((c) => c.path))).toEqual([
      ['topics/tcm/#absent-p-湖北', 'topics/party/#p-湖北'],
      ['topics/tcm/#p-浙江', 'topics/party/#absent-p-浙江'],
    ]);
  });

  it('draws the same shares as a heatmap, with the provinces and topics named', () => {
    const svg = svgToString(index.chart!);
    expect(svg).toContain('id="topic-shares-title"');
    expect(svg).toContain('湖北（1份报告） · 党建：100%（约14字）');
    expect(svg).toContain('浙江（1份报告） · 中医药：46%（约13字）');
    expect(svg).toContain('data-value="0.4642857142857143"');
  });

  it('has no chart without reports', () => {
    const empty = topicIndex({ defs, pagings: new Map(defs.map((d) => [d.id, paginateTopic(d.id, [], new Map())])), provinces: [] });
    expect(empty.chart).toBeNull();
    expect(empty.rows).toEqual([]);
    expect(empty.topics.map((t) => t.covering)).toEqual([0, 0]);
  });
});
