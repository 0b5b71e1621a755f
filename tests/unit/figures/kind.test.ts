/** Whether a figure states a level, a target or a change, by its wording and its part. */
import { describe, expect, it } from 'vitest';
import type { FigureContext, FigureKind } from '../../../src/lib/model/figure.ts';
import { Clauses } from '../../../src/lib/figures/clauses.ts';
import { figureKind, sentenceOutlook } from '../../../src/lib/figures/kind.ts';
import { maskRanges } from '../../../src/lib/figures/mask.ts';
import { groupLists, scanTokens } from '../../../src/lib/figures/tokens.ts';

/** The kind of every list of figures of `text`. */
function kinds(text: string, partKind: FigureContext['partKind'] = 'summary', partYear: number | null = 2023): FigureKind[] {
  const ctx: FigureContext = { sentenceId: 's-1', partYear, partKind };
  const clauses = new Clauses(text);
  const outlook = sentenceOutlook(text, partYear);
  return groupLists(text, scanTokens(text, maskRanges(text))).map((list) => figureKind(text, clauses, list[0], list, ctx, outlook));
}

describe('figureKind', () => {
  it('is a change after a difference verb in its clause, or in 个百分点', () => {
    expect(kinds('门诊量同比增长9.6%')).toEqual(['change']);
    expect(kinds('平均住院日缩短0.5天')).toEqual(['change']);
    expect(kinds('较上年提高了 3%')).toEqual(['change']);
    expect(kinds('签约率达70%,比上年多2个百分点')).toEqual(['actual', 'change']);
  });

  it('is a level when the verb says what the value came to (缩短至, 提高到)', () => {
    expect(kinds('平均住院日缩短至7.5天')).toEqual(['actual']);
    expect(kinds('签约率提高到70%')).toEqual(['actual']);
  });

  it('in a plan part, is a target unless its clause says it is the present level', () => {
    expect(kinds('床位达到600张', 'plan')).toEqual(['target']);
    expect(kinds('目前床位500张,力争达到600张', 'plan')).toEqual(['actual', 'target']);
    expect(kinds('床位同比增长5%', 'plan')).toEqual(['change']);
  });

  it('elsewhere, is a target in a forward-looking sentence, else actual', () => {
    expect(kinds('床位500张,力争明年新增100张')).toEqual(['target', 'target']);
    expect(kinds('床位500张')).toEqual(['actual']);
  });
});

describe('sentenceOutlook', () => {
  it('looks forward with 力争/预计/目标是/拟, not with 争取到/拟定', () => {
    for (const text of ['力争新增100张', '预计新增100张', '目标是新增100张', '拟新建3所']) expect(sentenceOutlook(text, 2023)).toBe('target');
    for (const text of ['争取到上级资金500万元', '拟定方案3个']) expect(sentenceOutlook(text, 2023)).toBe('actual');
  });

  it('looks forward with 到<year>年 only for a year after the part year', () => {
    expect(sentenceOutlook('到2025年床位达600张', 2023)).toBe('target');
    expect(sentenceOutlook('到2023年床位达600张', 2023)).toBe('actual');
    expect(sentenceOutlook('到2025年床位达600张', null)).toBe('actual');
  });
});
