import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadIndicatorDefs, mapIndicator } from '../../../src/lib/editorial/indicators.ts';
import { metricRows } from '../../../src/lib/views/metrics.ts';
import { parseReport } from '../../../src/lib/parser/index.ts';
import type { Report, Sentence } from '../../../src/lib/model/report.ts';
import { readTopicFolder, type TopicDef } from '../../../src/lib/editorial/topics.ts';
import { excerpt, keptTopics, reportTopics, reportLabel, sectionsAbout, shareLabel } from '../../../src/lib/views/topic-view.ts';
import { byName } from '../../helpers/synthetic-reports.ts';

const sentence = (id: string, text: string, raw?: string, name?: string): Sentence => ({
  id,
  text,
  figures: raw
    ? [{ id: `${id}-f1`, name: name ?? null, raw, value: Number.parseFloat(raw), unit: '%', qualifier: null, year: 2023, kind: 'actual', start: text.indexOf(raw), end: text.indexOf(raw) + raw.length }]
    : [],
});

const report = {
  id: 'test-2023',
  parts: [
    {
      kind: 'summary',
      year: 2023,
      title: null,
      anchor: null,
      outline: [],
      blocks: [
        { type: 'heading', id: 'h-1', depth: 1, label: '一、', title: '中医药传承创新', line: 1, inline: false },
        { type: 'paragraph', line: 2, sentences: [sentence('s-1', '建成中医馆12家。'), sentence('s-2', '中医药服务覆盖率达100%。', '100%', '中医药服务覆盖率')] },
        { type: 'heading', id: 'h-2', depth: 1, label: '二、', title: '党建引领', line: 3, inline: false },
        { type: 'paragraph', line: 4, sentences: [sentence('s-3', '基层党组织标准化建设达标率95%。', '95%', '达标率'), sentence('s-4', '建成中医馆12家。')] },
      ],
    },
  ],
} as unknown as Report;
const defs: TopicDef[] = [
  { id: 'tcm', name: '中医药', keywords: ['中医药', '中医'], description: '中医药' },
  { id: 'party', name: '党建', keywords: ['党建', '党组织'], description: '党建' },
];
const rows = metricRows([{ ...report, place: { city: '测试', province: '浙江', divisionCode: '330000' } } as Report], byName({ 中医药服务覆盖率: 'tcm-coverage' }));

describe('reportTopics', () => {
  const view = reportTopics(report, defs, rows);

  it('cuts the report at headings and gives each section its own sentences’ figures', () => {
    expect(view.sections.map((s) => [s.section.anchor, s.section.heading, s.body])).toEqual([
      ['h-1', '一、中医药传承创新', '建成中医馆12家。中医药服务覆盖率达100%。'],
      ['h-2', '二、党建引领', '基层党组织标准化建设达标率95%。建成中医馆12家。'],
    ]);
    expect(view.sections.map((s) => s.figures.map((f) => f.raw))).toEqual([['100%'], ['95%']]);
  });

  it('assigns topics from the heading and counts a repeated sentence in the section it stands in', () => {
    expect(view.sections.map((s) => s.topics.map((t) => t.topic))).toEqual([['tcm'], ['party']]);
    expect(sectionsAbout(view, 'tcm').map((s) => s.section.anchor)).toEqual(['h-1']);
    expect(sectionsAbout(view, 'party').map((s) => s.section.anchor)).toEqual(['h-2']);
  });

  it('shares the report’s characters between topics', () => {
    const [tcm, party] = view.shares;
    const size = (s: string) => s.length;
    const total = size('一、中医药传承创新') + size('建成中医馆12家。中医药服务覆盖率达100%。') + size('二、党建引领') + size('基层党组织标准化建设达标率95%。建成中医馆12家。');
    expect(tcm.share).toBeCloseTo((size('一、中医药传承创新') + size('建成中医馆12家。中医药服务覆盖率达100%。')) / total, 10);
    expect(party.share).toBeCloseTo(1 - tcm.share, 10);
    expect(view.chars).toBe(total);
  });
});

describe('reportTopics on the seeds', () => {
  it('places every figure of every seed in exactly one section', async () => {
    const indicators = await loadIndicatorDefs('content/indicators');
    const topics = (await readTopicFolder('content/topics')).map((f) => f.data);
    let figures = 0;
    for (const name of readdirSync('seeds').filter((n) => n.endsWith('.txt'))) {
      const parsed = parseReport(readFileSync(`seeds/${name}`), { source: `seeds/${name}` });
      const seedRows = metricRows([parsed], (f) => mapIndicator(f, indicators));
      const placed = reportTopics(parsed, topics, seedRows).sections.flatMap((s) => s.figures);
      expect(placed.map((r) => r.anchor), name).toEqual(seedRows.map((r) => r.anchor));
      figures += seedRows.length;
    }
    expect(figures).toBeGreaterThan(100);
  });
});

describe('keptTopics', () => {
  it('keeps of every seed the sections about some topic, without their text, with the same excerpts, figures and shares', async () => {
    const topics = (await readTopicFolder('content/topics')).map((f) => f.data);
    for (const name of readdirSync('seeds').filter((n) => n.endsWith('.txt'))) {
      const parsed = parseReport(readFileSync(`seeds/${name}`), { source: `seeds/${name}` });
      const view = reportTopics(parsed, topics, metricRows([parsed], () => null));
      const kept = keptTopics(view);
      const about = view.sections.filter((s) => s.topics.length > 0);
      expect(about.length, name).toBeGreaterThan(0);
      expect(kept.sections.map((s) => s.section.anchor)).toEqual(about.map((s) => s.section.anchor));
      expect(kept.sections.every((s) => !('text' in s.section))).toBe(true);
      for (const [i, s] of kept.sections.entries()) {
        for (const length of [20, 120]) expect(excerpt(s.body, length)).toBe(excerpt(about[i].body, length));
        expect(s.figures).toEqual(about[i].figures);
        expect(s.topics).toEqual(about[i].topics);
      }
      for (const def of topics) expect(sectionsAbout(kept, def.id).map((s) => s.section.anchor)).toEqual(sectionsAbout(view, def.id).map((s) => s.section.anchor));
      expect([kept.shares, kept.chars]).toEqual([view.shares, view.chars]);
      // Kept bodies are short whatever the section's length.
      expect(Math.max(...kept.sections.map((s) => s.body.length))).toBeLessThan(400);
    }
  });

  it('cuts a body after the first 121 characters other than white space, so excerpts are unchanged', () => {
    const body = `${'一'.repeat(60)}\n  \n${'二'.repeat(60)} ${'三'.repeat(200)}`;
    const view = { reportId: 'r', shares: [], chars: 0, sections: [{ section: { anchor: 'h-1', heading: null, path: [], kind: 'summary' as const, year: null, text: body }, body, topics: [{ topic: 't', score: 1 }], figures: [] }] };
    const [kept] = keptTopics(view).sections;
    expect(kept.body).toBe(`${'一'.repeat(60)}\n  \n${'二'.repeat(60)} 三`);
    expect(excerpt(kept.body)).toBe(excerpt(body));
    expect(excerpt(kept.body, 20)).toBe(excerpt(body, 20));
  });
});

describe('excerpt', () => {
  it('keeps short text whole on one line and cuts long text with an ellipsis', () => {
    expect(excerpt('第一行\n第二行', 10)).toBe('第一行 第二行');
    expect(excerpt('一二三四五六', 4)).toBe('一二三四…');
  });
});

describe('labels', () => {
  const place = { city: '乐清', province: '浙江' } as Report['place'];
  it('names a report by place and the years it covers, or says the year is not stated', () => {
    expect(reportLabel({ place, reviewYear: 2023, planYear: 2024 })).toBe('乐清 2023–2024');
    expect(reportLabel({ place, reviewYear: null, planYear: 2024 })).toBe('乐清 2024');
    expect(reportLabel({ place, reviewYear: 2023, planYear: 2023 })).toBe('乐清 2023');
    expect(reportLabel({ place: { ...place, city: null, province: null }, reviewYear: null, planYear: null })).toBe('地点未知 年份未注明');
  });
  it('writes shares as whole percentages without turning a small share into zero', () => {
    expect([0, 0.004, 0.005, 0.123, 1].map(shareLabel)).toEqual(['0', '<1', '1', '12', '100']);
  });
});
