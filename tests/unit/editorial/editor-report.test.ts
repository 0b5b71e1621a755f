/**
 * Editor-written reports: the body parsed like a seed with the markdown file's line numbers, the
 * frontmatter applied like a correction file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyCorrection } from '../../../src/lib/editorial/corrections/index.ts';
import { extractFigures } from '../../../src/lib/figures/index.ts';
import { figuresOf, type Report, sentencesOf, storedReportSchema } from '../../../src/lib/model/index.ts';
import { parseReport } from '../../../src/lib/parser/index.ts';
import { parseEditorReport } from '../../../src/lib/editorial/editor-report.ts';
import { deps, errorOf } from './corrections/fixtures.ts';

describe('editor-written reports', () => {
  // Seed 004 (天门) from its title line (line 17) on, as an editor would paste it under a frontmatter.
  const body = readFileSync('seeds/004_07ef2b519cbbfa54.txt', 'utf8').split('\n').slice(16).join('\n');
  const md = (front: string) => new TextEncoder().encode(`---\n${front}\n---\n${body}`);

  it('parses the body with the markdown file’s line numbers and applies the frontmatter', () => {
    const { report, frontmatter } = parseEditorReport(
      'content/reports/tianmen.md',
      md('title: 天门市卫健委2023年工作总结\ndivisionCode: "429006"\nreviewYear: 2023\ncopiedFrom: 天门市人民政府网站'),
    );
    const firstParagraph = report.parts.flatMap((p) => p.blocks).find((b) => b.type === 'paragraph')!;
    // The first paragraph is line 21 of the seed, line 5 of the body, line 11 of the file (after 6 frontmatter lines).
    expect(firstParagraph.line).toBe(11);
    const corrected = applyCorrection({ ...report, corrections: [], assignedIndicators: {} }, frontmatter, deps);
    expect(corrected).toMatchObject({ title: '天门市卫健委2023年工作总结', reviewYear: 2023 });
    expect(corrected.place.fullName).toBe('天门市');
    expect(corrected.corrections.every((c) => c.note === '编辑录入，出处：天门市人民政府网站')).toBe(true);
  });

  it('names the file, line and field of a bad frontmatter', () => {
    expect(errorOf(() => parseEditorReport('content/reports/x.md', md('title: 天门\nreviewYear: 二〇二三\ncopiedFrom: x')))).toBe(
      'content/reports/x.md:3: reviewYear 应为四位年份（如 2024），实际为 “二〇二三”。请改正后重新构建',
    );
  });
});

describe('an editor’s report whose years are only in the frontmatter', () => {
  // As in docs/editing.md: body headings state no year and no kind; no sentence states a year.
  const reviewBody = [
    '一、医疗服务能力稳步提升',
    '(一)强化基层服务。全县千人床位数达到5.20张,家庭医生签约率达到43.10%。',
    '二、公共卫生体系更加健全',
    '(一)做好疾病预防控制。适龄儿童免疫规划疫苗接种率保持在95%以上,孕产妇死亡率较上年下降0.50个百分点。',
  ];
  const planBody = ['三、下一步工作打算', '(一)提升服务能力。全县千人床位数力争达到5.60张,家庭医生签约率达到45%以上。'];
  const file = (front: string[], body: string[]) => new TextEncoder().encode(['---', ...front, '---', '', ...body].join('\n'));
  const front = ['title: 德清县卫生健康局工作总结', 'copiedFrom: https://example.com/deqing/2024-gongzuo-zongjie.html'];
  const prepared = (front: string[], body: string[]) => {
    const { report, frontmatter } = parseEditorReport('content/reports/deqing.md', file(front, body));
    return applyCorrection({ ...report, corrections: [], assignedIndicators: {} }, frontmatter, deps);
  };
  /** Each sentence's figures as extraction gives them for the sentence's part: the years and kinds the parser decides. */
  const expectedFigures = (report: Report) =>
    report.parts.flatMap((part) =>
      [...sentencesOf({ parts: [part] })].flatMap(({ sentence }) => extractFigures(sentence.text, { sentenceId: sentence.id, partYear: part.year, partKind: part.kind })),
    );

  it('gives a body without part titles the stated kind and review year, and every figure that year', () => {
    const report = prepared([...front, 'reviewYear: 2024', 'kind: summary'], reviewBody);
    expect(report.parts.map((p) => [p.kind, p.year])).toEqual([['summary', 2024]]);
    expect(report).toMatchObject({ reviewYear: 2024, kind: 'summary' });
    expect(report.basis.reviewYear).toBe('前言 reviewYear: 2024（编辑录入）');
    const figures = [...figuresOf(report)].map((f) => f.figure);
    expect(figures.length).toBeGreaterThanOrEqual(4);
    for (const figure of figures) {
      expect(figure.year, figure.raw).toBe(2024);
      expect(['actual', 'change'], figure.raw).toContain(figure.kind);
    }
    expect(figures.some((f) => f.kind === 'change')).toBe(true);
    expect(figures).toEqual(expectedFigures(report));
  });

  it('counts the frontmatter’s year like a year in the report’s title', () => {
    const fromFront = prepared([...front, 'reviewYear: 2024'], reviewBody);
    const fromTitle = parseReport(new TextEncoder().encode(['德清县卫生健康局2024年工作总结', ...reviewBody].join('\n')), { source: 'x.txt' });
    const shape = (r: Report) => ({ parts: r.parts.map((p) => [p.kind, p.year]), figures: [...figuresOf(r)].map(({ figure: { id, ...rest } }) => rest) });
    expect(shape(fromFront)).toEqual(shape(fromTitle));
  });

  it('gives summary parts the review year and plan parts the plan year', () => {
    const body = ['一、工作总结', ...reviewBody.slice(1), ...planBody];
    const report = prepared([...front, 'reviewYear: 2024', 'planYear: 2025', 'kind: summary+plan'], body);
    expect(report.parts.map((p) => [p.kind, p.year])).toEqual([
      ['summary', 2024],
      ['plan', 2025],
    ]);
    expect(report).toMatchObject({ reviewYear: 2024, planYear: 2025, kind: 'summary+plan' });
    expect(report.basis).toMatchObject({ reviewYear: '前言 reviewYear: 2024（编辑录入）', planYear: '前言 planYear: 2025（编辑录入）' });
    const [summary, plan] = report.parts.map((part) => [...figuresOf({ parts: [part] })].map((f) => f.figure));
    expect(summary.length).toBeGreaterThan(0);
    expect(plan.length).toBeGreaterThan(0);
    expect(summary.every((f) => f.year === 2024 && f.kind !== 'target')).toBe(true);
    expect(plan.every((f) => f.year === 2025)).toBe(true);
    expect(plan.some((f) => f.kind === 'target')).toBe(true);
    expect([...figuresOf(report)].map((f) => f.figure)).toEqual(expectedFigures(report));
  });

  it('keeps a year a part title states', () => {
    const body = ['一、2023年工作总结', ...reviewBody.slice(1)];
    const report = prepared([...front, 'reviewYear: 2024'], body);
    expect(report.parts.map((p) => p.year)).toEqual([2023]);
  });

  it('leaves every year null when the frontmatter states none', () => {
    const report = prepared(front, reviewBody);
    expect(report.parts.every((p) => p.year === null)).toBe(true);
    expect(report.reviewYear).toBeNull();
    expect(report.planYear).toBeNull();
    expect([...figuresOf(report)].every((f) => f.figure.year === null)).toBe(true);
    expect(report.basis.reviewYear).not.toContain('前言');
  });

  it('stores an http(s) copiedFrom as the original page’s url, and leaves any other as text', () => {
    const report = prepared([...front, 'reviewYear: 2024'], reviewBody);
    expect(report.meta.url).toBe('https://example.com/deqing/2024-gongzuo-zongjie.html');
    const stored = storedReportSchema.parse({ ...report, correctionFile: 'content/corrections/deqing.yaml', indicators: {} });
    expect(stored.meta.url).toBe('https://example.com/deqing/2024-gongzuo-zongjie.html');
    for (const copiedFrom of ['《德清年鉴2024》第35页', 'javascript:alert(1)', 'ftp://example.com/a.txt']) {
      const other = prepared(['title: 德清', `copiedFrom: "${copiedFrom}"`], reviewBody);
      expect(other.meta.url, copiedFrom).toBeNull();
      expect(other.corrections[0].note).toBe(`编辑录入，出处：${copiedFrom}`);
    }
  });
});
