/** Scanning one sentence for the numbers that are figures, and grouping them into lists. */
import { describe, expect, it } from 'vitest';
import { maskRanges } from '../../../src/lib/figures/mask.ts';
import { groupLists, scanTokens, type Token } from '../../../src/lib/figures/tokens.ts';

const scan = (text: string): Token[] => scanTokens(text, maskRanges(text));
/** Each token as written, with what it states. */
const read = (text: string) =>
  scan(text).map((t) => ({ written: text.slice(t.start, t.end), value: t.value, upperValue: t.upperValue, unit: t.unit, qualifier: t.qualifier }));
const written = (text: string) => scan(text).map((t) => text.slice(t.start, t.end));

describe('scanTokens', () => {
  it('applies the multiplier and keeps the unit, longest unit first', () => {
    expect(read('床位10.65万张,服务近1万人次')).toEqual([
      { written: '10.65万张', value: 106500, upperValue: undefined, unit: '张', qualifier: null },
      { written: '近1万人次', value: 10000, upperValue: undefined, unit: '人次', qualifier: '近' },
    ]);
  });

  it('reads ranges, minutes with seconds and per-100,000 rates', () => {
    expect(read('2-3家')).toMatchObject([{ value: 2, upperValue: 3, unit: '家' }]);
    expect(read('缩短4分20秒')).toMatchObject([{ written: '4分20秒', value: 260, unit: '秒' }]);
    expect(read('用时1小时30分钟')).toMatchObject([{ written: '1小时30分钟', value: 90, unit: '分钟' }]);
    expect(read('死亡率8.5/十万')).toMatchObject([{ value: 8.5, unit: '/10万' }]);
  });

  it('takes qualifiers before, inside and after the number', () => {
    expect(read('约300人')).toMatchObject([{ written: '约300人', qualifier: '约' }]);
    expect(read('300余家')).toMatchObject([{ written: '300余家', value: 300, unit: '家', qualifier: '余' }]);
    expect(read('达90%以上')).toMatchObject([{ written: '90%以上', qualifier: '以上' }]);
    expect(read('不低于85%左右')).toMatchObject([{ written: '不低于85%左右', qualifier: '不低于…左右' }]);
    // `内` bounds a time only.
    expect(read('30分钟内')).toMatchObject([{ written: '30分钟内', qualifier: '内' }]);
    expect(read('控制在30%内')).toMatchObject([{ written: '30%', qualifier: null }]);
  });

  it('reads counts of incidents, categories, volumes, doses and lengths', () => {
    expect(written('处置136起本土疫情、20余起复阳事件')).toEqual(['136起', '20余起']);
    expect(written('新增检验试剂等8大类器耗材')).toEqual(['8大类']);
    expect(written('印发《学习手册》100册')).toEqual(['100册']);
    expect(read('接种123.6万剂次')).toMatchObject([{ value: 1236000, unit: '剂次' }]);
    expect(written('更换路缘石480米,投放毒饵1250kg、药剂400瓶')).toEqual(['480米', '1250kg', '400瓶']);
    expect(written('在甲镇、乙镇5家乡镇卫生院')).toEqual(['5家']);
  });

  it('reads a time within which something is done as a duration, not an attribute', () => {
    expect(written('疫情分别用25天、3天实现社会面清零')).toEqual(['25天', '3天']);
    expect(written('5天内即实现清零,其余均在1天内实现')).toEqual(['5天内', '1天内']);
    expect(written('已连续358天无新增本土病例')).toEqual(['358天']);
    expect(written('提前8年实现目标,连续7年获评优秀')).toEqual(['8年', '7年']);
    expect(written('实行24小时信息报告,为65岁以上老人体检')).toEqual([]);
  });

  it('marks where the digits start and which side the qualifier is on', () => {
    const [t] = scan('约300人以上');
    expect(t).toMatchObject({ start: 0, digitsStart: 1, hasPrefix: true, hasSuffix: true });
  });

  it('does not take a qualifier that is part of a word (预约, 最近)', () => {
    expect(read('预约300人次')).toMatchObject([{ written: '300人次', qualifier: null }]);
    expect(read('最近100天')).toMatchObject([{ written: '100天', qualifier: null }]);
  });

  it('does not read a unit that starts a word (1000万人才): only the multiplier is left', () => {
    expect(read('引进1000万人才')).toEqual([{ written: '1000万', value: 10000000, upperValue: undefined, unit: null, qualifier: null }]);
    expect(written('建设300项目')).toEqual([]);
  });

  it('skips bare numbers, ordinals, ranks, denominators, programme names and codes', () => {
    for (const text of ['323攻坚行动', '位列第2名', '全省前10名', '每10万人口', '实施26项行动', '3项工程', 'H7N9禽流感', '设立3分中心']) {
      expect(written(text)).toEqual([]);
    }
  });

  it('skips ages and times that describe what follows (65岁以上老人), not those that end a clause', () => {
    expect(written('65岁以上老人')).toEqual([]);
    expect(written('24小时值班')).toEqual([]);
    expect(written('人均预期寿命82.5岁。')).toEqual(['82.5岁']);
    expect(written('服务65岁以上和80岁以上老人')).toEqual(['65岁以上']);
  });

  it('skips numbers that start inside a masked stretch', () => {
    expect(written('“5家”')).toEqual([]);
    expect(scanTokens('“5家”', new Uint8Array(4)).length).toBe(1);
  });
});

describe('groupLists', () => {
  const lists = (text: string) => groupLists(text, scan(text)).map((list) => list.map((t) => text.slice(t.start, t.end)));

  it('joins values separated only by 、/和/及/与/以及/或', () => {
    expect(lists('分别为90.45%、79.18%和60%')).toEqual([['90.45%', '79.18%', '60%']]);
    expect(lists('医生5人以及护士6人')).toEqual([['5人'], ['6人']]);
  });

  it('ends a list at a suffix qualifier and before a prefix qualifier', () => {
    expect(lists('达70%、80%以上')).toEqual([['70%', '80%以上']]);
    expect(lists('达70%以上、80%')).toEqual([['70%以上'], ['80%']]);
    expect(lists('达70%、约80%')).toEqual([['70%'], ['约80%']]);
  });

  it('keeps values with words or clause breaks between them apart', () => {
    expect(lists('床位500张,医生300人')).toEqual([['500张'], ['300人']]);
  });
});
