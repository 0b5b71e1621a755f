/** What masking covers: quotes, titles, document numbers, phone numbers, addresses; nothing else. */
import { describe, expect, it } from 'vitest';
import { maskRanges } from '../../../src/lib/figures/mask.ts';

/** The masked stretches of `text`, in order. */
function masked(text: string): string[] {
  const mask = maskRanges(text);
  expect(mask.length).toBe(text.length);
  const runs: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!mask[i]) continue;
    let j = i;
    while (j < text.length && mask[j]) j++;
    runs.push(text.slice(i, j));
    i = j;
  }
  return runs;
}

describe('maskRanges', () => {
  it('covers quotes, book titles and brackets, their marks included', () => {
    expect(masked('开展“521”行动,印发《规划(2021-2023年)》,设「5G」专区。')).toEqual(['“521”', '《规划(2021-2023年)》', '「5G」']);
  });

  it('leaves an unclosed quote open', () => {
    expect(masked('他说“新增床位500张。')).toEqual([]);
  });

  it('covers labelled numbers and phone numbers, not the figures next to them', () => {
    expect(masked('索引号:MB1A08302/2024-13532')).toEqual(['索引号:MB1A08302/2024-13532']);
    expect(masked('咨询电话:0577-61234567,手机13912345678,床位500张。')).toEqual(['电话:0577-61234567', '13912345678']);
    expect(masked('全年服务138123456789人次')).toEqual([]);
  });

  it('covers web and e-mail addresses, one glued to the next included', () => {
    expect(masked('详见 https://wjw.example.gov.cn/2024/a.html 及 www.example.cn/5 。')).toEqual([
      'https://wjw.example.gov.cn/2024/a.html',
      'www.example.cn/5',
    ]);
    expect(masked('邮箱a1@b.cn-c2@d.cn,床位20张')).toEqual(['a1@b.cn-c2@d.cn']);
    expect(masked('编号abc123def456,床位20张')).toEqual([]);
  });
});
