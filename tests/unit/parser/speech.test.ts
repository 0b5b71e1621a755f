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

describe('a new-year address (新年致辞/贺词)', () => {
  it('plans the new year of its title and reviews the year before only where the text names it', () => {
    const r = parseLines('2019年新年致辞', '告别了美好难忘的2018年,迎来了催人奋进的2019年。', '2018年,全市完成诊疗人次520万。', '新的一年,我们将继续推进医改。');
    expect([r.kind, r.reviewYear, r.planYear]).toEqual(['summary+plan', 2018, 2019]);
    expect(r.basis.planYear).toContain('2019年新年致辞');
    expect(r.basis.reviewYear).toContain('2018年');
  });

  it('reads the new year from an opening such as 在2020年到来之际 when there is no title', () => {
    const r = parseLines('岁月不居。在2020年到来之际,区卫生健康委向全区卫生健康工作者致以新年的美好祝福!', '2019年,我们过得很充实。');
    expect([r.kind, r.reviewYear, r.planYear]).toEqual(['summary+plan', 2019, 2020]);
  });

  it('leaves the review year unknown when the address never names the year before', () => {
    const r = parseLines('局长发表2023年新年贺词', '即将过去的一年,我们经受住了考验。新的一年,我们将再接再厉。');
    expect([r.kind, r.reviewYear, r.planYear]).toEqual(['summary+plan', null, 2023]);
  });

  it('is not read into a report that only wishes a happy new year', () => {
    const r = parseLines('某某县卫生健康局2023年工作总结', '2023年,全县完成诊疗人次52万。值此新年,向全体职工致以祝福。');
    expect([r.kind, r.reviewYear, r.planYear]).toEqual(['summary', 2023, null]);
  });
});
