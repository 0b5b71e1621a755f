/**
 * Reports no title or heading names as a review or a plan: the kind is read from the wording only by
 * a clear majority, and a stated year becomes the review or plan year only when its own sentence
 * says which. Texts written for these tests.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/lib/parser/index.ts';
import type { Report } from '../../../src/lib/model/report.ts';

const parse = (text: string): Report => parseReport(Buffer.from(text), { source: 'x.txt' });
const years = (r: Report) => [r.kind, r.reviewYear, r.planYear];

/** A review: every paragraph reports what was done. */
const REVIEW = [
  '2022年,全县卫生健康系统取得了显著成效。',
  '(一)医疗服务。全年完成门诊50万人次,同比增长5%。新建村卫生室3家。累计培训村医200人。',
  '(二)公共卫生。完成了适龄儿童疫苗接种任务。县疾控中心获评省级先进集体。',
].join('\n');

/** A plan: every paragraph states what will be done (`达到2家` reads as done: one such sentence). */
const PLAN = [
  '2024年,我县将继续深化医药卫生体制改革。',
  '(一)医疗服务。加快县级医院建设,力争三级医院达到2家。推进紧密型医共体建设。继续推进分级诊疗。',
  '(二)公共卫生。进一步完善疾控体系,确保疫苗接种率保持在95%以上。着力推动健康县城建设。争取新建村卫生室5家。',
].join('\n');

/**
 * A review whose wording alone is mixed, as real reviews are (推进, 进一步, 全力 in nearly every
 * sentence): 3 sentences of things done, 5 of planning words.
 */
const MIXED_REVIEW = [
  '2020年,全区卫生健康系统经受住了疫情重大考验。',
  '(一)疫情防控。全力以赴抗击疫情,推进常态化防控。进一步完善发热门诊。累计检测核酸10万人次。加快建设方舱实验室。',
  '(二)医疗改革。推动医共体建设,加快信息化建设。全力推进分级诊疗。获评省级示范区。',
].join('\n');

describe('kind and years from wording', () => {
  it('a review whose opening sentence reports the year: summary of that year', () => {
    const r = parse(REVIEW);
    expect(years(r)).toEqual(['summary', 2022, null]);
    expect(r.basis.kind).toContain('按用语判断为总结');
    expect(r.basis.reviewYear).toContain('总结部分首句“2022年,全县卫生健康系统取得了显著成…”');
    expect(r.basis.reviewYear).toContain('已做之事');
    expect(r.parts.map((p) => [p.kind, p.year])).toEqual([['summary', 2022]]);
  });

  it('a plan whose opening sentence says what the year will bring: plan of that year', () => {
    const r = parse(PLAN);
    expect(years(r)).toEqual(['plan', null, 2024]);
    expect(r.basis.kind).toContain('按用语判断为计划');
    expect(r.basis.planYear).toContain('首句“2024年,我县将继续');
  });

  it('the same with full-width punctuation, CRLF and GB18030', () => {
    const wide = (t: string) => t.replace(/,/g, '，').replace(/\(/g, '（').replace(/\)/g, '）').replace(/\n/g, '\r\n');
    expect(years(parseReport(iconv.encode(wide(REVIEW), 'gb18030'), { source: 'x.txt' }))).toEqual(['summary', 2022, null]);
    expect(years(parseReport(iconv.encode(wide(PLAN), 'gb18030'), { source: 'x.txt' }))).toEqual(['plan', null, 2024]);
  });

  it('mixed wording decides no kind, and the stated year is neither a review nor a plan year', () => {
    const r = parse(MIXED_REVIEW);
    expect([r.reviewYear, r.planYear]).toEqual([null, null]);
    expect(r.parts.map((p) => [p.kind, p.year])).toEqual([['other', null]]);
    expect(r.basis.kind).toContain('用语也不足以判断');
    expect(r.basis.kind).toContain('已做之事 3 句');
    expect(r.basis.kind).toContain('打算 5 句');
    expect(r.basis.reviewYear).toMatch(/^文中未注明是总结还是计划（首句“2020年,全区卫生健康系统经受住了疫情…”写有2020年，该句写的是已做之事，但全文用语不足以判断/);
    expect(r.basis.planYear).toBe(r.basis.reviewYear);
  });

  it('plan wording with an opening year that reviews: no plan year, and the basis says why', () => {
    const r = parse(PLAN.replace('2024年,我县将继续深化医药卫生体制改革。', '2023年,全县卫生健康工作取得了新成效。'));
    expect(years(r)).toEqual(['plan', null, null]);
    expect(r.basis.planYear).toContain('写有2023年，该句写的是已做之事，全文用语却像计划');
  });

  it('review wording with an opening year whose sentence says neither: no review year', () => {
    const r = parse(REVIEW.replace('2022年,全县卫生健康系统取得了显著成效。', '2022年,在县委县政府的正确领导下,全县卫生健康事业高质量发展。'));
    expect(years(r)).toEqual(['summary', null, null]);
    expect(r.basis.reviewYear).toContain('写有2022年，该句未表明是已做之事还是打算');
  });

  it('a year in a title that names no kind is no review year', () => {
    const r = parse(`2022年卫生健康工作\n${REVIEW.replace('2022年,', '')}`);
    expect(years(r)).toEqual(['summary', null, null]);
    expect(r.basis.reviewYear).toContain('标题“2022年卫生健康工作”写有2022年');
  });

  it('为了 and 了解 are no sign of things done', () => {
    const r = parse(PLAN.replace('2024年,我县将继续深化医药卫生体制改革。', '2024年,为了了解群众需求,开展入户调查。'));
    expect(years(r)).toEqual(['plan', null, null]);
    expect(r.basis.planYear).toContain('该句未表明是已做之事还是打算');
  });
});
