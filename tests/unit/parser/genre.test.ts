/** Genre: a copied page that is not an annual work report is recognised by clear signs only. */
import { describe, expect, it } from 'vitest';
import { otherGenre } from '../../../src/lib/parser/genre.ts';
import { parseReport } from '../../../src/lib/parser/index.ts';

const doc = (titles: string[], paragraphs: string[] = ['2023年,全县卫生健康工作取得新成效。'], labels: string[] = []) =>
  otherGenre({ titles, paragraphs, labels });

describe('otherGenre', () => {
  it('names a 政府信息公开年度报告 from its title or its metadata', () => {
    expect(doc(['湖里区卫生健康局2022年政府信息公开工作年度报告'])?.genre).toBe('政府信息公开年度报告');
    expect(doc([], ['一、总体情况'], ['信息公开年度报告'])?.genre).toBe('政府信息公开年度报告');
    // Its title read as a paragraph (page furniture above it was not recognised).
    expect(doc([], ['湖里区卫生健康局2022年政府信息公开工作年度报告', '根据《条例》规定,向社会公布年度报告。'])?.genre).toBe('政府信息公开年度报告');
  });

  it('names news of a meeting from its title or its lead', () => {
    for (const title of ['安岳县召开2023年卫生健康工作大会', '2020年全市卫生健康工作会议召开', '凤庆县卫生健康局召开2023年卫生健康工作会议']) {
      expect(doc([title])).toEqual({ genre: '会议新闻', evidence: `标题“${title}”` });
    }
    expect(doc([], ['2月8日,2023年英山县卫生健康工作会议召开。童壁出席会议。'])?.genre).toBe('会议新闻');
    // The lead is the first paragraph with a sentence: short furniture lines above it do not hide it.
    expect(doc([], ['搜本站', '新闻发布', '1月21日,2026年全区卫生健康工作会议在呼和浩特召开。'])?.genre).toBe('会议新闻');
  });

  it('keeps speeches, reports and plans given at a meeting, and notices that carry their attachment', () => {
    expect(doc(['在全市卫生健康工作会议上的讲话'])).toBeNull();
    expect(doc(['在2024年全县卫生健康工作会议上的工作报告'])).toBeNull();
    expect(doc(['某某市卫生健康局2023年工作总结及2024年工作计划'])).toBeNull();
    const long = Array.from({ length: 8 }, (_, i) => `${i + 1}.推进重点工作。`);
    expect(doc(['浙江省卫生健康委关于印发2023年浙江省卫生健康工作要点的通知'], ['各市卫生健康委:', ...long, '附件:2023年工作要点'])).toBeNull();
    expect(doc(['关于召开全市卫生健康工作会议的通知'], ['各单位:', '经研究,定于3月1日召开会议。', '附件:参会回执'])?.genre).toBe('无附件的通知');
  });

  it('names a journal abstract by its 摘要 and 关键词', () => {
    expect(doc(['基层医疗卫生服务体系建设研究'], ['摘要:本文分析了……', '关键词:基层医疗;医共体'])?.genre).toBe('论文摘要');
    expect(doc(['基层医疗卫生服务体系建设研究'], ['摘要:本文分析了……'])).toBeNull();
  });

  it('says nothing of an ordinary report', () => {
    expect(doc(['乐清市卫生健康局2023年工作总结和2024年工作思路'])).toBeNull();
    expect(doc([], ['2023年,我局召开专题会议12次,推进重点工作落实。'])).toBeNull();
    expect(doc([], ['一、主要工作', '召开专题会议'])).toBeNull();
  });
});

describe('parseReport of a page that is not a work report', () => {
  const parse = (text: string, stated?: { kind: 'summary' }) => parseReport(new TextEncoder().encode(text), { source: 'seeds/x.txt', stated });
  const news = ['某某县召开2023年卫生健康工作会议', '3月1日,某某县召开2023年卫生健康工作会议。2022年全县完成诊疗人次120万。会议部署了2023年重点工作。'].join('\n');

  it('publishes it as kind other, with no report or part years and a warning naming the sign', () => {
    const report = parse(news);
    expect(report.kind).toBe('other');
    expect([report.reviewYear, report.planYear]).toEqual([null, null]);
    expect(report.parts.map((p) => [p.kind, p.year])).toEqual([['other', null]]);
    expect(report.warnings).toHaveLength(1);
    expect(report.warnings[0]).toContain('会议新闻');
    expect(report.warnings[0]).toContain('某某县召开2023年卫生健康工作会议');
    expect(report.basis.kind).toContain('会议新闻');
    // A figure keeps the year its own sentence states; none takes a part year.
    const figures = report.parts.flatMap((p) => p.blocks.flatMap((b) => (b.type === 'paragraph' ? b.sentences.flatMap((s) => s.figures) : [])));
    expect(figures.map((f) => [f.raw, f.year])).toEqual([['120万', 2022]]);
  });

  it('follows the editor when the front matter states the kind', () => {
    const report = parse(news, { kind: 'summary' });
    expect(report.kind).toBe('summary');
    expect(report.warnings).toEqual([]);
  });
});
