/** Work-conference speeches: the conference's year is the plan year; 过去一年 in the review is the year before. */
import { describe, expect, it } from 'vitest';
import { parseLines } from './helpers.ts';


describe('a work-conference speech', () => {
  it('plans the conference year and reviews the year before when it says 过去一年', () => {
    const r = parseLines('在2024年全市卫生健康工作会议上的讲话', '同志们:', '一、过去一年工作回顾', '过去一年,全市完成诊疗人次520万。', '二、今年重点工作', '力争人均预期寿命达到82岁。');
    expect([r.kind, r.reviewYear, r.planYear]).toEqual(['summary+plan', 2023, 2024]);
    expect(r.parts.map((p) => [p.kind, p.year])).toEqual([['summary', 2023], ['plan', 2024]]);
    expect(r.basis.reviewYear).toContain('过去一年');
    // Figures take their part's year.
    const figures = r.parts.flatMap((p) => p.blocks.flatMap((b) => (b.type === 'paragraph' ? b.sentences.flatMap((s) => s.figures) : [])));
    expect(figures.map((f) => [f.raw, f.year, f.kind])).toEqual([['520万', 2023, 'actual'], ['82岁', 2024, 'target']]);
  });

  it('gives the review no year when it does not say which year it looks back on', () => {
    const r = parseLines('在2024年全县卫生健康工作会议上的讲话', '一、工作回顾', '全县完成诊疗人次52万。', '二、今年重点工作', '力争签约率达到45%。');
    expect([r.reviewYear, r.planYear]).toEqual([null, 2024]);
  });

  it('keeps the years its headings state', () => {
    const r = parseLines('在2024年全市卫生健康工作会议上的讲话', '一、2022年工作回顾', '完成诊疗人次520万。', '二、2024年重点工作', '力争签约率达到45%。');
    expect([r.reviewYear, r.planYear]).toEqual([2022, 2024]);
  });

  it('is not read into other titles: a review titled by its year stays as it is', () => {
    const r = parseLines('某某市卫生健康局2023年工作总结', '一、过去一年工作回顾', '过去一年,全市完成诊疗人次520万。');
    expect([r.kind, r.reviewYear, r.planYear]).toEqual(['summary', 2023, null]);
  });
});
