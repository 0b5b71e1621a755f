import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/lib/parser/index.ts';
import { cityRecord, htmlText, reportRecords, topicRecord } from '../../../src/lib/search/records.ts';

const seeds = readdirSync('seeds')
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => parseReport(readFileSync(`seeds/${f}`), { source: `seeds/${f}` }));
const yiwu = seeds.find((r) => r.source.includes('001_'))!;

describe('reportRecords', () => {
  it('links sections under the base path with readers’ facet labels', () => {
    const records = reportRecords(yiwu, { base: '/sub/', topicsOf: (s) => (s.text.includes('医共体') ? ['医改'] : []) });
    const nested = records.find((r) => r.title === '1.强化医共体人员使用“一家人”。')!;
    expect(nested.url).toBe(`/sub/reports/${yiwu.id}/#h-2-3-1`);
    expect(nested.context).toBe(`${yiwu.title} › 二、围绕问题,重点突破,以改革促进卫生事业长期发展 › (三)破解医共体建设“堵点、难点”。`);
    expect(yiwu.place.province).toMatch(/^浙江/);
    expect(nested.filters).toEqual({ city: ['义乌市'], province: [yiwu.place.province], year: ['2020年'], kind: ['工作总结'], topic: ['医改'] });
    expect(records[0].filters.topic).toBeUndefined();
  });

  it('says so when the place or the year is unknown', () => {
    const haian = seeds.find((r) => r.source.includes('003_'))!;
    const unknown = { ...haian, place: { ...haian.place, fullName: null, province: null } };
    const [record] = reportRecords(unknown, { base: '/', topicsOf: () => [] });
    expect(record.filters).toMatchObject({ city: ['地点未知'], province: ['地点未知'], year: ['年份未注明'], kind: ['工作计划'] });
  });
});

describe('cityRecord', () => {
  it('holds what the city page shows: name, where it lies, profile text and report titles', () => {
    const record = cityRecord(
      {
        slug: 'yueqing',
        fullName: '乐清市',
        province: '浙江',
        prefecture: '温州',
        profileHtml: '<p>乐清市是浙江省温州市下辖的县级市（行政区划代码 330382）。</p>\n<p>收录 <strong>2023&nbsp;年</strong> 总结 &amp; 计划。</p>',
        reportTitles: ['乐清市卫生健康局2023年工作总结和2024年工作重点'],
      },
      '/sub/',
    );
    expect(record).toEqual({
      url: '/sub/cities/yueqing/',
      title: '乐清市',
      context: '城市',
      text: '乐清市（浙江 温州）\n乐清市是浙江省温州市下辖的县级市（行政区划代码 330382）。\n收录 2023 年 总结 & 计划。\n乐清市卫生健康局2023年工作总结和2024年工作重点',
      filters: { city: ['乐清市'], province: ['浙江'] },
    });
  });
});

describe('topicRecord', () => {
  it('holds the topic page’s own words and files it under its topic', () => {
    const record = topicRecord(
      { id: 'tcm', name: '中医药', description: '中医药传承创新。', keywords: ['中医药', '中医馆'], bodyHtml: '<p>包括中医馆建设。</p>' },
      '/',
    );
    expect(record).toEqual({
      url: '/topics/tcm/',
      title: '中医药',
      context: '专题',
      text: '中医药\n中医药传承创新。\n包括中医馆建设。\n关键词：中医药、中医馆',
      filters: { topic: ['中医药'] },
    });
  });
});

describe('htmlText', () => {
  it('keeps one line per block and decodes entities', () => {
    expect(htmlText('<h2>概况</h2><ul><li>床位&#x34;张</li><li>医师&#51;人 &lt;含&gt;</li></ul>')).toBe('概况\n床位4张\n医师3人 <含>');
  });
});
