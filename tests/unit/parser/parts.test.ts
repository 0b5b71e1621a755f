/**
 * Parts declared by the title: a title naming a review and a plan is evidence of both, even when the
 * copied text carries only one part; the page says which part is missing.
 */
import { describe, expect, it } from 'vitest';
import { parseLines } from './helpers.ts';


describe('a title declaring review and plan', () => {
  it('gives the plan year and kind when the copied text holds only the review', () => {
    const r = parseLines('某某市卫生健康局2023年工作总结及2024年工作计划', '一、主要工作成效', '2023年,全市新建社区卫生服务中心3家。');
    expect([r.kind, r.reviewYear, r.planYear]).toEqual(['summary+plan', 2023, 2024]);
    expect(r.basis.planYear).toContain('复制的正文中没有计划部分');
    expect(r.basis.kind).toContain('复制的正文中没有计划部分');
    // The review part is still the only part; nothing is made up for the missing one.
    expect(r.parts.map((p) => [p.kind, p.year])).toEqual([['summary', 2023]]);
  });

  it('gives the review year when the copied text holds only the plan', () => {
    const r = parseLines('某某县卫健委2022年工作总结暨2023年工作打算', '一、2023年工作打算', '力争家庭医生签约率达到45%。');
    expect([r.kind, r.reviewYear, r.planYear]).toEqual(['summary+plan', 2022, 2023]);
    expect(r.basis.reviewYear).toContain('复制的正文中没有总结部分');
  });

  it('leaves a year the title does not give unknown', () => {
    const r = parseLines('某某区卫生健康局2023年工作总结和下一步工作计划', '一、主要成效', '2023年,全区完成诊疗人次52万。');
    expect([r.kind, r.reviewYear, r.planYear]).toEqual(['summary+plan', 2023, null]);
    expect(r.basis.planYear).toContain('未写年份');
  });

  it('gives a half-year review and plan one year', () => {
    const r = parseLines('某某县卫生健康局2023年上半年工作总结暨下半年工作计划', '一、上半年工作开展情况', '上半年,全县完成签约5.2万人。', '二、下半年工作计划', '力争签约率达到45%。');
    expect([r.kind, r.reviewYear, r.planYear]).toEqual(['summary+plan', 2023, 2023]);
  });

  it('changes nothing when the title names one kind or both parts are present', () => {
    expect(parseLines('某某市卫生健康局2023年工作总结', '一、主要成效', '2023年,全市新建中心3家。').kind).toBe('summary');
    const both = parseLines('某某市2023年工作总结和2024年工作计划', '一、2023年工作总结', '新建中心3家。', '二、2024年工作计划', '力争新建中心5家。');
    expect([both.kind, both.reviewYear, both.planYear]).toEqual(['summary+plan', 2023, 2024]);
    expect(both.basis.planYear).not.toContain('没有');
  });
});

describe('multi-year reviews', () => {
  it('reads 主要工作任务完成情况 as a review, and 2007年以来 in a title as a span, not the part year', () => {
    const r = parseLines('某县卫生局过去五年工作总结及未来五年工作谋划', '一、2007年以来主要工作任务完成情况', '过去的几年,全县新建乡镇卫生院10所。', '二、未来五年工作谋划', '力争新建村卫生室50个。');
    expect(r.parts.map((p) => [p.kind, p.year])).toEqual([['summary', null], ['plan', null]]);
    expect([r.kind, r.reviewYear, r.planYear]).toEqual(['summary+plan', null, null]);
  });
});

describe('the year a review opens with', () => {
  it('is read from the first of its first paragraphs that opens with a year', () => {
    const r = parseLines('某市卫生健康委绩效考评自评报告', '根据市政府办公厅《关于认真做好2023年度绩效考评工作的通知》要求,现报告如下。', '一、主要做法和工作成效', '2023年,市卫生健康委完成各项任务。');
    expect([r.kind, r.reviewYear]).toEqual(['summary', 2023]);
  });

  it('is not read from a later paragraph of a plan', () => {
    const r = parseLines('某县卫生健康局工作要点', '一、总体要求', '坚持人民至上。', '2023年,全县完成诊疗人次52万。');
    expect(r.planYear).toBeNull();
  });
});
