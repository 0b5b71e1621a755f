import { describe, expect, it } from 'vitest';
import { ABOUT_TOLERANCE, judge, readTarget, ruleLabel, type TargetReading } from '../../../src/lib/views/plan-outcome-wording.ts';

/** A target as a row: the sentence, its figure as written (must occur in it) and its qualifier. */
const row = (sentence: string, raw: string, qualifier: string | null = null) => ({ sentence, start: sentence.indexOf(raw), qualifier });
const value = (v: number, qualifier: string | null = null, upperValue: number | null = null) => ({ value: v, upperValue, qualifier });

describe('readTarget', () => {
  it('reads the qualifier first: floors, ceilings, strict bounds and 左右', () => {
    expect(readTarget(row('保持在90%以上', '90%以上', '以上'), false)).toEqual({ rule: 'at-least', strict: false, basis: '原文“以上”' });
    expect(readTarget(row('控制在10%以内', '10%以内', '以内'), true)?.rule).toBe('at-most');
    expect(readTarget(row('比例超过40%', '超过40%', '超过'), null)).toEqual({ rule: 'at-least', strict: true, basis: '原文“超过”' });
    expect(readTarget(row('反应时间小于10分钟', '小于10分钟', '小于'), null)).toEqual({ rule: 'at-most', strict: true, basis: '原文“小于”' });
    expect(readTarget(row('达到81.5岁左右', '81.5岁左右', '左右'), true)?.rule).toBe('about');
  });

  it('else the verb leading into the value, also across earlier items of a list', () => {
    expect(readTarget(row('千人床位数达到4.3张', '4.3张'), null)?.basis).toBe('原文“达到”');
    expect(readTarget(row('力争达到4.3张', '4.3张'), false)?.rule).toBe('at-least');
    expect(readTarget(row('床位数和医师数分别达到4.3张、3.63人', '3.63人'), null)?.basis).toBe('原文“达到”');
    expect(readTarget(row('发生率控制在1‰', '1‰'), true)).toEqual({ rule: 'at-most', strict: false, basis: '原文“控制在”' });
    expect(readTarget(row('死亡率降至3‰', '3‰'), null)?.rule).toBe('at-most');
  });

  it('a verb elsewhere in the clause, or in another clause, says nothing of this value', () => {
    expect(readTarget(row('达到国家推荐标准的机构比例40%', '40%'), null)).toBeNull();
    expect(readTarget(row('床位数达到4.3张,新建村卫生室5家', '5家'), null)).toBeNull();
  });

  it('else the indicator’s direction, said as such; nothing when it has none', () => {
    expect(readTarget(row('管理率保持90%', '90%'), true)).toEqual({ rule: 'at-least', strict: false, basis: '指标越高越好（原文未写明）' });
    expect(readTarget(row('死亡率保持在3‰', '3‰'), false)).toEqual({ rule: 'at-most', strict: false, basis: '指标越低越好（原文未写明）' });
    expect(readTarget(row('床位数保持在4.3张', '4.3张'), null)).toBeNull();
  });
});

describe('judge', () => {
  const atLeast: TargetReading = { rule: 'at-least', strict: false, basis: '' };
  const above: TargetReading = { rule: 'at-least', strict: true, basis: '' };
  const atMost: TargetReading = { rule: 'at-most', strict: false, basis: '' };
  const about: TargetReading = { rule: 'about', strict: false, basis: '' };
  const t90 = { value: 90, upperValue: null };

  it('compares an exact actual with a floor, a strict floor and a ceiling', () => {
    expect(judge(t90, atLeast, value(90))).toBe('met');
    expect(judge(t90, atLeast, value(89.99))).toBe('missed');
    expect(judge(t90, above, value(90))).toBe('missed');
    expect(judge(t90, atMost, value(90))).toBe('met');
    expect(judge(t90, atMost, value(90.1))).toBe('missed');
  });

  it('左右 accepts values within 2% of the target, no further', () => {
    expect(ABOUT_TOLERANCE).toBe(0.02);
    expect(judge(t90, about, value(91.8))).toBe('met');
    expect(judge(t90, about, value(88.2))).toBe('met');
    expect(judge(t90, about, value(91.9))).toBe('missed');
    expect(ruleLabel(about)).toBe('与目标值相差不超过2%');
  });

  it('a bounded actual meets only when all it allows does, misses only when none does', () => {
    expect(judge(t90, atLeast, value(95, '以上'))).toBe('met');
    expect(judge(t90, atLeast, value(85, '以上'))).toBe('unclear');
    expect(judge(t90, atLeast, value(90, '近'))).toBe('missed');
    expect(judge(t90, atMost, value(80, '以下'))).toBe('met');
    expect(judge(t90, atLeast, value(90, '约'))).toBe('unclear');
    expect(judge(t90, atLeast, value(90, '某种写法'))).toBe('unclear');
  });

  it('a range target (1-2个) is a floor at its lower and a ceiling at its upper bound', () => {
    const range = { value: 1, upperValue: 2 };
    expect(judge(range, atLeast, value(1))).toBe('met');
    expect(judge(range, atMost, value(2))).toBe('met');
    expect(judge(range, atMost, value(3))).toBe('missed');
  });
});
