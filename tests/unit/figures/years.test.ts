/** Which year each figure is stated for: years opening a sentence or a clause, bases, starting points. */
import { describe, expect, it } from 'vitest';
import { Clauses } from '../../../src/lib/figures/clauses.ts';
import { maskRanges } from '../../../src/lib/figures/mask.ts';
import { scanTokens } from '../../../src/lib/figures/tokens.ts';
import { tokenYears, yearMarks } from '../../../src/lib/figures/years.ts';

const PART_YEAR = 2023;

/** The year of every figure of `text`, in a part of PART_YEAR. */
function years(text: string): (number | null)[] {
  const masked = maskRanges(text);
  return tokenYears(scanTokens(text, masked), yearMarks(text, masked, new Clauses(text)), PART_YEAR);
}

describe('yearMarks and tokenYears', () => {
  it('gives the part year when the sentence states none', () => {
    expect(years('床位500张,医生300人。')).toEqual([PART_YEAR, PART_YEAR]);
  });

  it('applies a year opening the sentence, or after an opening word, to the rest of it', () => {
    expect(years('2019年,床位500张,医生300人。')).toEqual([2019, 2019]);
    expect(years('截至2021年底,床位500张,医生300人。')).toEqual([2021, 2021]);
  });

  it('applies a year inside a clause to that clause only', () => {
    expect(years('床位500张,力争2025年达到600张,医生300人。')).toEqual([PART_YEAR, 2025, PART_YEAR]);
    expect(years('2019年,床位500张,力争2025年达600张,医生300人。')).toEqual([2019, 2025, 2019]);
  });

  it('applies comparison bases, starting points and quoted years to nothing', () => {
    expect(years('门诊量较2018年增长5%')).toEqual([PART_YEAR]);
    expect(years('1991年以来累计培训500人')).toEqual([PART_YEAR]);
    expect(years('2020年3月起开展筛查300人')).toEqual([PART_YEAR]);
    expect(years('开展“2021年行动”,床位500张')).toEqual([PART_YEAR]);
    expect(years('1800年建院,床位500张')).toEqual([PART_YEAR]);
  });

  it('gives an unknown year after 去年/上年, unless it is a comparison base', () => {
    expect(years('去年床位500张')).toEqual([null]);
    expect(years('床位较去年增加500张')).toEqual([PART_YEAR]);
  });
});

describe('tokenYears', () => {
  it('takes the latest-starting mark covering the digits, else the part year', () => {
    const marks = [
      { from: 2, to: 100, year: 2019 },
      { from: 10, to: 20, year: 2022 },
    ];
    const tokens = [0, 5, 15, 25].map((digitsStart) => ({ digitsStart }));
    expect(tokenYears(tokens, marks, 2030)).toEqual([2030, 2019, 2022, 2019]);
  });
});
