import { describe, expect, it } from 'vitest';
import { rankMatches, toHit } from '../../../src/lib/search/results.ts';
import type { SearchRecord } from '../../../src/lib/search/records.ts';
import { parseQuery } from '../../../src/lib/search/query.ts';

function record(text: string, extra: Partial<SearchRecord> = {}): SearchRecord {
  return { url: '/reports/x/#h-1', title: text.split('\n')[0], context: '报告', text, filters: {}, ...extra };
}

const marks = (html: string) => [...html.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]);

describe('toHit', () => {
  // 000 (乐清), as written in the report.
  const yueqing = record('一、2023年工作总结\n县域就诊率和基层就诊率90.45%、79.18%,千人医师数3.41人,千人床位数4.06张。');

  it('is null unless the text contains every term', () => {
    expect(toHit(yueqing, parseQuery('千人床位数 乐清').terms)).toBeNull();
    expect(toHit(yueqing, parseQuery('千人床位数 基层就诊率').terms)).not.toBeNull();
    expect(toHit(yueqing, [])).toBeNull();
  });

  it('marks the matched text as the report writes it, whatever form the query took', () => {
    expect(marks(toHit(yueqing, parseQuery('９０．４５％').terms)!.excerpt)).toEqual(['90.45%']);
    const traditional = record('二、重点工作\n全面提升醫療衛生服務能力。');
    expect(marks(toHit(traditional, parseQuery('医疗卫生').terms)!.excerpt)).toEqual(['醫療衛生']);
  });

  it('marks every occurrence of every term in the excerpt', () => {
    const hit = toHit(yueqing, parseQuery('千人 基层就诊率').terms)!;
    expect(marks(hit.excerpt)).toEqual(['基层就诊率', '千人', '千人']);
  });

  it('marks a quoted phrase across the space or line break the text has there', () => {
    const text = record('一、概况\n推进医疗\n卫生服务,医疗 卫生。医疗卫生');
    // The excerpt shows a line break as a space.
    expect(marks(toHit(text, parseQuery('"医疗 卫生"').terms)!.excerpt)).toEqual(['医疗 卫生', '医疗 卫生']);
    expect(toHit(record('医疗卫生'), parseQuery('"医疗 卫生"').terms)).toBeNull();
  });

  it('takes any of a term\'s alternatives, and marks every one found', () => {
    const text = record('一、概况\n平均期望寿命81岁,人均期望寿命提高。');
    const hit = toHit(text, [['人均预期寿命', '平均期望寿命', '人均期望寿命']])!;
    expect(marks(hit.excerpt)).toEqual(['平均期望寿命', '人均期望寿命']);
    expect(toHit(text, [['人均预期寿命', '平均期望寿命'], '托育'])).toBeNull();
    expect(toHit(text, [['人均预期寿命']])).toBeNull();
  });

  it('escapes the text', () => {
    const text = '(七)持续促进中医药传承创新发展。\n深入贯彻落实<关于中医药工作的重要论述>,促进我市中医药事业发展。';
    const hit = toHit(record(text), parseQuery('中医药').terms)!;
    expect(hit.excerpt).toBe('深入贯彻落实&lt;关于<mark>中医药</mark>工作的重要论述&gt;,促进我市<mark>中医药</mark>事业发展。');
  });

  it('never cuts a match at the edge of the excerpt', () => {
    const title = '(七)中医药。';
    const text = `${title}\n中医药${'甲'.repeat(90)}中医药${'乙'.repeat(50)}`;
    const hit = toHit(record(text), parseQuery('中医药').terms)!;
    expect(hit.excerpt).toBe(`<mark>中医药</mark>${'甲'.repeat(90)}<mark>中医药</mark>…`);
  });

  it('starts after the title the result already shows when the match is in the body', () => {
    // 001: an inline heading runs on into its paragraph.
    const text = '(五)坚持精管细治,行业产业综合发展。医疗卫生行业监管常抓不懈。';
    expect(toHit(record(text, { title: '(五)坚持精管细治,行业产业综合发展。' }), parseQuery('医疗卫生').terms)!.excerpt).toBe('<mark>医疗卫生</mark>行业监管常抓不懈。');
    const onlyTitle = '三、补齐短板,全面提升医疗卫生能力';
    expect(toHit(record(onlyTitle), parseQuery('医疗卫生').terms)!.excerpt).toBe('三、补齐短板,全面提升<mark>医疗卫生</mark>能力');
  });

  it('cuts a long text around the first match after the heading, with ellipses', () => {
    const long = `一、概况\n${'甲'.repeat(200)}家庭医生签约${'乙'.repeat(200)}`;
    const hit = toHit(record(long), parseQuery('家庭医生签约').terms)!;
    expect(hit.excerpt).toMatch(/^…甲+<mark>家庭医生签约<\/mark>乙+…$/);
    expect(hit.excerpt.length).toBeLessThan(140);
  });
});

describe('rankMatches', () => {
  const match = (id: string, inTitle: number, score: number) => ({ id, inTitle, score });

  it('puts records with more terms in the title first, then the higher scores', () => {
    const ranked = rankMatches([match('sparse', 0, 0.2), match('dense', 0, 0.9), match('title', 1, 0.1), match('both', 2, 0)]);
    expect(ranked.map((m) => m.id)).toEqual(['both', 'title', 'dense', 'sparse']);
  });

  it('keeps the given order (reading order) for equal ranks', () => {
    expect(rankMatches([match('b', 1, 1), match('a', 1, 1), match('c', 0, 1)]).map((m) => m.id)).toEqual(['b', 'a', 'c']);
  });
});
