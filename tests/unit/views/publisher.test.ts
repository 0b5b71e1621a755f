import { describe, expect, it } from 'vitest';
import type { AppliedCorrection } from '../../../src/lib/model/index.ts';
import { reportPublisher } from '../../../src/lib/views/publisher.ts';
import { parseFile, parseLines, SEEDS } from '../parser/helpers.ts';

const corrected = (report: ReturnType<typeof parseFile>, corrections: AppliedCorrection[] = []) => ({ ...report, corrections });

describe('reportPublisher', () => {
  it('乐清: the page names no publisher, the title opens with one: shown, with the title as basis', () => {
    const report = parseFile(SEEDS.yueqing);
    expect(report.meta.publisher).toBeNull();
    expect(reportPublisher(corrected(report))).toEqual({
      name: '乐清市卫生健康局',
      basis: `标题“${report.title}”`,
    });
  });

  it('a publisher the page names wins over the title, as written (义乌: 市卫生健康局)', () => {
    const report = parseFile(SEEDS.yiwu);
    expect(reportPublisher(corrected(report))).toEqual({ name: report.meta.publisher, basis: '原网页的发布机构（来源）栏' });
    const titled = parseLines('天门市卫健委2023年工作总结', '发布机构:天门市卫生健康委员会', '一、工作总结', '全市床位达到100张。');
    expect(reportPublisher(corrected(titled))?.name).toBe('天门市卫生健康委员会');
  });

  it('an editor’s publisher says it was corrected or inferred, and where the reason is', () => {
    const report = parseFile(SEEDS.yueqing);
    const fix: AppliedCorrection = {
      key: 'publisher',
      field: '发布机构',
      before: '未注明',
      after: '乐清市卫生健康局',
      note: '标题写明',
      inferred: false,
      file: 'content/corrections/000_f4176e7e517abf09.yaml',
    };
    const withFix = { ...corrected(report, [fix]), meta: { ...report.meta, publisher: '乐清市卫生健康局' } };
    expect(reportPublisher(withFix)?.basis).toBe('编辑更正，理由见 content/corrections/000_f4176e7e517abf09.yaml');
    expect(reportPublisher({ ...withFix, corrections: [{ ...fix, inferred: true }] })?.basis).toMatch(/^编辑推断/);
  });

  it('no publisher is invented: a composed title, a title naming no authority, one naming it later', () => {
    const haian = parseFile(SEEDS.haian);
    expect(haian.titleComposed).toBe(true);
    expect(reportPublisher(corrected(haian))).toBeNull();
    const guangzhou = parseFile(SEEDS.guangzhou);
    expect(guangzhou.meta.publisher).toBeNull();
    expect(reportPublisher(corrected(guangzhou))).toBeNull();
    const forwarded = { ...corrected(haian), titleComposed: false, title: '关于转发温州市卫生健康委员会2024年工作要点的通知' };
    expect(reportPublisher(forwarded)).toBeNull();
    // The site's composed title may name an authority: it is still the site's words, not the report's.
    expect(reportPublisher({ ...corrected(haian), title: '乐清市卫生健康局工作计划' })).toBeNull();
  });
});
