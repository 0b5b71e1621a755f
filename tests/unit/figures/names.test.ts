/** Naming figures from the text before them, and the subject of a sentence's later figures. */
import { describe, expect, it } from 'vitest';
import { Clauses } from '../../../src/lib/figures/clauses.ts';
import { maskRanges } from '../../../src/lib/figures/mask.ts';
import { extractFigures } from '../../../src/lib/figures/index.ts';
import { leadClause, listNames } from '../../../src/lib/figures/names.ts';
import { groupLists, scanTokens } from '../../../src/lib/figures/tokens.ts';

/** The name of every figure of `text`, each list's run starting where the figure before it ends. */
function names(text: string): (string | null)[] {
  const masked = maskRanges(text);
  const tokens = scanTokens(text, masked);
  let floor = 0;
  return groupLists(text, tokens).flatMap((list) => {
    const found = listNames(text, masked, list, floor);
    floor = list[list.length - 1].end;
    return found;
  });
}

describe('listNames', () => {
  it('runs back to a delimiter, connectives before the value stripped', () => {
    expect(names('千人医师数达3.41人')).toEqual(['千人医师数']);
    expect(names('全年门诊量同比增长9.6%')).toEqual(['全年门诊量']);
    expect(names('其中,基层就诊率分别达到65%')).toEqual(['基层就诊率']);
  });

  it('leaves out years, dates and openers in front, and a bare comparison base', () => {
    expect(names('2023年全市人均预期寿命为82.5岁')).toEqual(['全市人均预期寿命']);
    expect(names('力争床位数达到600张')).toEqual(['床位数']);
    expect(names('较2018年提高5%')).toEqual([null]);
  });

  it('includes a short bracket without digits, not a longer or numbered one', () => {
    expect(names('执业(助理)医师数3.2人')).toEqual(['执业(助理)医师数']);
    expect(names('床位(2023年)500张')).toEqual([null]);
  });

  it('names a single value after the last item of an enumeration', () => {
    expect(names('新增托育机构16家、托位684个')).toEqual(['新增托育机构', '托位']);
    expect(names('获评省级名医1名和市级名医11人')).toEqual(['获评省级名医', '市级名医']);
  });

  it('splits a shared run over a list, the shared head given to every part', () => {
    expect(names('高血压、糖尿病规范管理率分别为70%、65%')).toEqual(['高血压规范管理率', '糖尿病规范管理率']);
    expect(names('0-3岁儿童、65岁以上老年人中医健康管理率分别达到80%、75%')).toEqual([
      '0-3岁儿童中医健康管理率',
      '65岁以上老年人中医健康管理率',
    ]);
  });

  it('names no value of a list its run cannot be split over', () => {
    expect(names('高血压规范管理率分别为70%、65%')).toEqual([null, null]);
  });
});

describe('leadClause', () => {
  it('is the clause text before a position, or null at a clause start', () => {
    const text = '全年,建立医养结合机构 6家,床位1860张';
    const clauses = new Clauses(text);
    expect(leadClause(text, clauses, text.indexOf('6家'))).toBe('建立医养结合机构');
    expect(leadClause(text, clauses, text.indexOf('床位'))).toBeNull();
  });
});

describe('names are noun phrases, never fragments', () => {
  const names = (s: string) => extractFigures(s, { sentenceId: 's-1', partYear: 2023, partKind: 'summary' }).map((f) => f.name);

  it('gives no name where only a preposition or a verb of arranging stands before the value', () => {
    expect(names('对50名以上的团队给予奖励。')).toEqual([]);
    expect(names('对基层医生培训1.2万人次。')).toEqual(['对基层医生培训']);
    expect(names('处置136起本土疫情。')).toEqual([null]);
    expect(names('安排24名医师下沉基层。')).toEqual([null]);
    expect(names('一是组织完成1.2万人次培训。')).toEqual([null]);
  });

  it('gives a count before a noun no name when a list of names stands before it: the count counts the list', () => {
    expect(names('在甲镇、乙镇、丙镇5家乡镇卫生院开展试点。')).toEqual([null]);
    expect(names('天河、白云2个区通过测评。')).toEqual([null]);
    expect(names('机构16家、托位684个。')).toEqual(['机构', '托位']);
  });

  it('reads a pair after 分别 whose second value has no unit: both figures, each its own name, the unit unknown', () => {
    const ctx = { sentenceId: 's-1', partYear: 2023, partKind: 'summary' as const };
    const pair = extractFigures('孕产妇和婴儿死亡率分别为9.5/10万和2.1,均低于全省平均水平。', ctx);
    expect(pair.map((f) => [f.raw, f.value, f.unit, f.name])).toEqual([
      ['9.5/10万', 9.5, '/10万', '孕产妇死亡率'],
      ['2.1', 2.1, null, '婴儿死亡率'],
    ]);
    // Without 分别 a bare number stays no figure.
    expect(extractFigures('新建病房9.5/10万和2.1', ctx).map((f) => f.raw)).toEqual(['9.5/10万']);
  });

  it('gives a count of years no name, and keeps 其余 whole', () => {
    const ctx = { sentenceId: 's-1', partYear: 2023, partKind: 'summary' as const };
    expect(extractFigures('查办案件数连续4年全省第一。', ctx).map((f) => [f.raw, f.name])).toEqual([['4年', null]]);
    expect(names('其余疫情均在1天内实现清零。')).toEqual(['其余疫情']);
  });

  it('keeps the noun phrase before a verb of completing', () => {
    expect(names('乡镇卫生院急救站点建成12个。')).toEqual(['乡镇卫生院急救站点']);
    expect(names('重点职业病监测任务实现100%覆盖。')).toEqual(['重点职业病监测任务']);
  });
});
