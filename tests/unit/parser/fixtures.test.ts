/** Odd shapes written for the parser (tests/fixtures/parser), expectations read off each file. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/lib/parser/index.ts';
import { countByDepth, headings, parseFile, sentenceTexts, topLevel } from './helpers.ts';

const partsOf = (r: ReturnType<typeof parseFile>) => r.parts.map((p) => [p.kind, p.year, p.title]);

describe('heading-only.txt: a title and headings, no sentences', () => {
  const r = parseFile('tests/fixtures/parser/heading-only.txt');

  it('builds the outline and reads the plan year from the title', () => {
    expect(r.title).toBe('某县卫生健康局2024年工作要点');
    expect(partsOf(r)).toEqual([['plan', 2024, '某县卫生健康局2024年工作要点']]);
    expect(countByDepth(r)).toEqual([2, 3, 2, 0, 0]);
    expect(r.parts[0].outline[1].children[0].children.map((n) => n.id)).toEqual(['h-2-1-1', 'h-2-1-2']);
    expect(sentenceTexts(r)).toEqual([]);
    expect(headings(r).every((h) => !h.inline)).toBe(true);
  });
});

describe('deep-nesting.txt: 一、 (一) 1. (1) ① and three parts', () => {
  const r = parseFile('tests/fixtures/parser/deep-nesting.txt');

  it('nests all five depths', () => {
    expect(countByDepth(r)).toEqual([3, 3, 2, 2, 2]);
    const one = r.parts[0].outline[0];
    expect(one.label + one.title).toBe('一、主要工作成效');
    const depth4 = one.children[0].children[0].children;
    expect(depth4.map((n) => n.label + n.title)).toEqual(['(1)新增床位120张。', '(2)引进高层次人才15名。']);
    expect(depth4[0].children.map((n) => [n.depth, n.label, n.id])).toEqual([
      [5, '①', 'h-1-1-1-1-1'],
      [5, '②', 'h-1-1-1-1-2'],
    ]);
  });

  it('merges the title and the first heading into one review, then challenges and plan', () => {
    expect(partsOf(r)).toEqual([
      ['summary', 2023, '某县卫生健康局2023年工作总结'],
      ['challenges', null, '存在的问题'],
      ['plan', 2024, '2024年工作计划'],
    ]);
    expect([r.reviewYear, r.planYear, r.kind]).toEqual([2023, 2024, 'summary+plan']);
  });

  it('ends an inline depth-3 heading at its first 。', () => {
    const h = headings(r).find((x) => x.label === '2.');
    expect(h).toMatchObject({ depth: 3, title: '夯实基层网底。', inline: true });
    expect(sentenceTexts(r)).toContain('全县村卫生室规范化建设率达到98%。');
  });
});

describe('fullwidth-inline.txt: one line, full-width punctuation, （一） inline headings', () => {
  const r = parseFile('tests/fixtures/parser/fullwidth-inline.txt');

  it('finds the headings in running text and nothing mid-sentence', () => {
    expect(topLevel(r)).toEqual([['一、2022年工作回顾'], ['二、2023年工作安排']]);
    expect(countByDepth(r)).toEqual([2, 4, 0, 0, 0]);
    expect(r.parts[0].outline[0].children.map((n) => n.label + n.title)).toEqual(['(一)疫情防控有力有效。', '(二)医疗服务持续改善。']);
    // `(1)类` inside a sentence, `一是…二是`, `3.41人` and `一、二级医院` mid-sentence stay text.
    expect(sentenceTexts(r)).toContain('全年接种新冠疫苗120万剂次,其中(1)类重点人群接种率达到95%以上;');
    expect(sentenceTexts(r)).toContain('一是强化监测预警,二是加强应急处置。');
    expect(sentenceTexts(r)).toContain('千人医师数3.41人,千人床位数4.06张,一、二级医院均完成等级评审。');
  });

  it('reads both years from the part headings', () => {
    expect(r.title).toBe('某市卫生健康委员会2022年工作总结和2023年工作安排');
    expect(partsOf(r)).toEqual([
      ['summary', 2022, '2022年工作回顾'],
      ['plan', 2023, '2023年工作安排'],
    ]);
  });
});

describe('hard-wrapped.txt: lines broken by the width of a PDF page', () => {
  const r = parseFile('tests/fixtures/parser/hard-wrapped.txt');

  it('joins a long line that stops mid-sentence with the next line', () => {
    expect(sentenceTexts(r)).toEqual([
      '2023年,全县卫生健康系统坚持以人民健康为中心,统筹推进疫情防控和卫生健康事业发展,各项工作取得新进展。',
      '全年完成固定资产投资1.5亿元,千人床位数达到4.06张。',
      '县人民医院新增床位120张,县中医院通过二级甲等中医医院复评,新增省级重点专科2个。',
      '传染病防治扎实有力',
      '全年报告法定传染病发病率低于全省平均水平。',
      '基层人才不足,信息化水平不高。',
    ]);
    const paragraphLines = r.parts.flatMap((p) => p.blocks.filter((b) => b.type === 'paragraph').map((b) => b.line));
    expect(paragraphLines).toEqual([3, 7, 9, 10, 12]);
  });

  it('does not continue a paragraph across a line the parser removed (page chrome between the pieces)', () => {
    const lines = readFileSync('tests/fixtures/parser/hard-wrapped.txt', 'utf8').split('\n');
    lines.splice(3, 0, '【打印本页】【关闭窗口】');
    const cut = parseReport(new TextEncoder().encode(lines.join('\n')), { source: 'cut.txt' });
    expect(cut.stripped.map((s) => [s.line, s.text])).toEqual([[4, '【打印本页】【关闭窗口】']]);
    const texts = sentenceTexts(cut);
    expect(texts).toContain('2023年,全县卫生健康系统坚持以人民健康为中心,统筹推进疫情防控');
    expect(texts.some((t) => t.includes('疫情防控和卫生健康事业发展'))).toBe(false);
    // The rest of the text reads as before.
    expect(texts.slice(2)).toEqual(sentenceTexts(r).slice(1));
  });

  it('does not join a heading or a short unpunctuated sub-heading line', () => {
    expect(countByDepth(r)).toEqual([2, 1, 0, 0, 0]);
    expect(r.parts.map((p) => [p.kind, p.year])).toEqual([
      ['summary', 2023],
      ['challenges', null],
    ]);
  });
});

describe('firstLine', () => {
  it('numbers lines from the given first line (markdown body after frontmatter)', () => {
    const r = parseReport(Buffer.from('某县2023年卫生健康工作总结\n\n一、主要成效\n全年完成投资5亿元。'), { source: 'x.md', firstLine: 6 });
    expect(r.parts[0].blocks.map((b) => b.line)).toEqual([6, 8, 9]);
  });
});
