import { describe, expect, it } from 'vitest';
import type { Report } from '../../../src/lib/model/report.ts';
import { metricRows } from '../../../src/lib/views/metrics.ts';
import {
  linesOnPage,
  OUTCOME_STATUS_LABELS,
  outcomeLines,
  planOutcomes,
  type OutcomeIndicator,
  type OutcomeReport,
  type PlanOutcome,
} from '../../../src/lib/views/plan-outcome.ts';
import { byName, syntheticReport, type ReportSpec } from '../../helpers/synthetic-reports.ts';

const indicators: OutcomeIndicator[] = [
  { id: 'county-visit-rate', higherIsBetter: true },
  { id: 'beds-per-1000', higherIsBetter: null },
  { id: 'birth-defect-rate', higherIsBetter: false },
  { id: 'life-expectancy', higherIsBetter: true },
  { id: 'maternal-management-rate', higherIsBetter: true },
  { id: 'infant-mortality', higherIsBetter: false },
  {
    id: 'test-recognition-rate',
    higherIsBetter: true,
    differentMeasures: [{ name: '调阅后互认率', synonyms: ['调阅后平均互认率'], note: '口径不同' }],
  },
];
const indicatorOf = byName({
  县域就诊率: 'county-visit-rate',
  千人床位数: 'beds-per-1000',
  严重致残出生缺陷发生率: 'birth-defect-rate',
  人均预期寿命: 'life-expectancy',
  孕产妇系统管理率: 'maternal-management-rate',
  婴儿死亡率: 'infant-mortality',
  检查检验结果互认率: 'test-recognition-rate',
  调阅后平均互认率: 'test-recognition-rate',
});

/** A report of one kind of part (plan or review) for 乐清 (or another place), covering `year`. */
function report(id: string, kind: 'plan' | 'summary', year: number, sentences: ReportSpec['sentences'], divisionCode = '330382'): OutcomeReport & Report {
  const base = syntheticReport({ id, city: divisionCode === '330382' ? '乐清' : '义乌', province: '浙江', divisionCode, sentences });
  return {
    ...base,
    corrections: [],
    kind,
    reviewYear: kind === 'summary' ? year : null,
    planYear: kind === 'plan' ? year : null,
    parts: base.parts.map((p) => ({ ...p, kind, year })),
  };
}

const target = (text: string, raw: string, value: number, name: string, unit: string, qualifier: string | null = null) => ({
  text,
  figures: [{ raw, value, name, unit, qualifier, year: 2024, kind: 'target' as const }],
});
const actual = (text: string, raw: string, value: number, name: string, unit: string, qualifier: string | null = null, year = 2024) => ({
  text,
  figures: [{ raw, value, name, unit, qualifier, year }],
});

const plan = report('yueqing-plan-2024', 'plan', 2024, [
  target('县域就诊率保持在90%以上。', '90%以上', 90, '县域就诊率', '%', '以上'),
  target('千人床位数达到4.3张。', '4.3张', 4.3, '千人床位数', '张'),
  target('严重致残出生缺陷发生率控制在1‰以下。', '1‰以下', 1, '严重致残出生缺陷发生率', '‰', '以下'),
  target('人均预期寿命达到81.5岁左右。', '81.5岁左右', 81.5, '人均预期寿命', '岁', '左右'),
  target('孕产妇系统管理率保持90%。', '90%', 90, '孕产妇系统管理率', '%'),
  target('婴儿死亡率保持在3‰。', '3‰', 3, '婴儿死亡率', '‰'),
  target('检查检验结果互认率达到95%。', '95%', 95, '检查检验结果互认率', '%'),
  // The plan also states a present level of 2024: a plan part says what is to come, not what was done.
  actual('目前县域就诊率已达89%。', '89%', 89, '县域就诊率', '%'),
]);
const review = report('yueqing-review-2024', 'summary', 2024, [
  actual('县域就诊率91.2%。', '91.2%', 91.2, '县域就诊率', '%'),
  actual('千人床位数4.1张。', '4.1张', 4.1, '千人床位数', '张'),
  actual('严重致残出生缺陷发生率0.8‰。', '0.8‰', 0.8, '严重致残出生缺陷发生率', '‰'),
  actual('人均预期寿命81.2岁。', '81.2岁', 81.2, '人均预期寿命', '岁'),
  actual('孕产妇系统管理率92%。', '92%', 92, '孕产妇系统管理率', '%'),
  actual('婴儿死亡率3.5‰。', '3.5‰', 3.5, '婴儿死亡率', '‰'),
  // Another measure of the same indicator, and the right measure in another unit: neither is compared.
  actual('调阅后平均互认率达97%。', '97%', 97, '调阅后平均互认率', '%'),
  actual('检查检验结果互认率达到95个。', '95个', 95, '检查检验结果互认率', '个'),
]);
const reports = [plan, review];
const outcomes = planOutcomes(metricRows(reports, indicatorOf), reports, indicators);
const of = (indicator: string, list: PlanOutcome[] = outcomes) => list.find((o) => o.target.indicator === indicator)!;

describe('planOutcomes', () => {
  it('lists every dated target of a known place and mapped indicator, in document order', () => {
    expect(outcomes.map((o) => o.target.raw)).toEqual(['90%以上', '4.3张', '1‰以下', '81.5岁左右', '90%', '3‰', '95%']);
  });

  it('met: a floor target (以上) reached by the review of that year', () => {
    const o = of('county-visit-rate');
    expect(o.status).toBe('met');
    expect(o.actual?.raw).toBe('91.2%');
    expect(o.actual?.reportId).toBe('yueqing-review-2024');
    expect(o.reading?.basis).toBe('原文“以上”');
  });

  it('missed: 达到 with no qualifier is a floor the review falls short of', () => {
    const o = of('beds-per-1000');
    expect(o.status).toBe('missed');
    expect(o.reading).toEqual({ rule: 'at-least', strict: false, basis: '原文“达到”' });
  });

  it('ceiling: 控制在…以下 is met by a lower actual', () => {
    const o = of('birth-defect-rate');
    expect(o.reading?.rule).toBe('at-most');
    expect(o.status).toBe('met');
  });

  it('左右: close to the target within 2%, even though the verb says 达到', () => {
    const o = of('life-expectancy');
    expect(o.reading?.rule).toBe('about');
    expect(o.status).toBe('met');
    const lower = report('yueqing-review-2024', 'summary', 2024, [actual('人均预期寿命79.5岁。', '79.5岁', 79.5, '人均预期寿命', '岁')]);
    expect(of('life-expectancy', planOutcomes(metricRows([plan, lower], indicatorOf), [plan, lower], indicators)).status).toBe('missed');
  });

  it('higherIsBetter decides only where the wording is silent (保持在 without 以上)', () => {
    const up = of('maternal-management-rate');
    expect(up.reading).toEqual({ rule: 'at-least', strict: false, basis: '指标越高越好（原文未写明）' });
    expect(up.status).toBe('met');
    const down = of('infant-mortality');
    expect(down.reading?.rule).toBe('at-most');
    expect(down.status).toBe('missed');
  });

  it('different measure: another unit or an editor-marked different measure is kept apart, never judged', () => {
    const o = of('test-recognition-rate');
    expect(o.status).toBe('unreported');
    expect(o.actual).toBeNull();
    expect(o.otherMeasure.map((r) => r.raw)).toEqual(['97%', '95个']);
    expect(o.measure).toBeNull();
  });

  it('a target of a different measure is matched with that measure only, and says which', () => {
    const measured = report('yueqing-plan-2024', 'plan', 2024, [target('调阅后平均互认率达到95%。', '95%', 95, '调阅后平均互认率', '%')]);
    const all = [measured, review];
    const [o] = planOutcomes(metricRows(all, indicatorOf), all, indicators);
    expect(o.measure).toBe('调阅后互认率');
    expect(o.actual?.raw).toBe('97%');
    expect(o.status).toBe('met');
    expect(o.otherMeasure.map((r) => r.raw)).toEqual(['95个']);
    expect(outcomeLines([o], new Map([['test-recognition-rate', '检查检验结果互认率']]), new Map())[0].indicatorName).toBe('检查检验结果互认率（调阅后互认率）');
  });

  it('unreported: no later review, or actuals only of the same plan, another year or another place', () => {
    const others = [
      report('yueqing-review-2023', 'summary', 2023, [actual('县域就诊率92%。', '92%', 92, '县域就诊率', '%', null, 2023)]),
      report('yiwu-review-2024', 'summary', 2024, [actual('县域就诊率95%。', '95%', 95, '县域就诊率', '%')], '330782'),
    ];
    const all = [plan, ...others];
    const alone = planOutcomes(metricRows(all, indicatorOf), all, indicators);
    expect(alone.map((o) => o.status)).toEqual(alone.map(() => 'unreported'));
    expect(alone.every((o) => o.actual === null && o.otherMeasure.length === 0)).toBe(true);
  });

  it('without a direction in wording or indicator, a reported target is unclear rather than guessed', () => {
    const silent = report('yueqing-plan-2024', 'plan', 2024, [target('千人床位数4.3张。', '4.3张', 4.3, '千人床位数', '张')]);
    const all = [silent, review];
    const [o] = planOutcomes(metricRows(all, indicatorOf), all, indicators);
    expect(o.reading).toBeNull();
    expect(o.actual?.raw).toBe('4.1张');
    expect(o.status).toBe('unclear');
  });

  it('prefers the review of the target’s year and lists other values stated for that year', () => {
    const later = report('a-yueqing-review-2025', 'summary', 2025, [actual('2024年县域就诊率89.5%。', '89.5%', 89.5, '县域就诊率', '%')]);
    const all = [later, plan, review];
    const o = of('county-visit-rate', planOutcomes(metricRows(all, indicatorOf), all, indicators));
    expect(o.actual?.raw).toBe('91.2%');
    expect(o.otherActuals.map((r) => r.raw)).toEqual(['89.5%']);
    expect(o.status).toBe('met');
  });

  it('marks a year editors inferred, unless the target’s sentence states it', () => {
    expect(outcomes.every((o) => !o.yearInferred)).toBe(true);
    const inferred = {
      ...report('haian-plan', 'plan', 2024, [
        target('孕产妇系统管理率保持90%以上。', '90%以上', 90, '孕产妇系统管理率', '%', '以上'),
        target('2024年婴儿死亡率控制在3‰以下。', '3‰以下', 3, '婴儿死亡率', '‰', '以下'),
      ]),
      corrections: [{ key: 'planYear', inferred: true }],
    };
    const marked = planOutcomes(metricRows([inferred], indicatorOf), [inferred], indicators);
    expect(marked.map((o) => o.yearInferred)).toEqual([true, false]);
    const stated = { ...inferred, corrections: [{ key: 'planYear', inferred: false }] };
    expect(planOutcomes(metricRows([stated], indicatorOf), [stated], indicators).some((o) => o.yearInferred)).toBe(false);
  });

  it('a target without year, place or indicator is not listed', () => {
    const undated = report('x-plan', 'plan', 2024, [
      { text: '县域就诊率保持在90%以上。', figures: [{ raw: '90%以上', value: 90, name: '县域就诊率', unit: '%', qualifier: '以上', year: null, kind: 'target' }] },
      target('新建村卫生室5家。', '5家', 5, '新建村卫生室', '家'),
    ]);
    expect(planOutcomes(metricRows([undated], indicatorOf), [undated], indicators)).toEqual([]);
  });
});

describe('outcomeLines and linesOnPage', () => {
  const names = new Map([['county-visit-rate', '县域就诊率']]);
  const titles = new Map([['yueqing-plan-2024', '乐清2024年计划'], ['yueqing-review-2024', '乐清2024年总结']]);
  const lines = outcomeLines(outcomes, names, titles);

  it('labels each line in Chinese with its reports and how it was judged', () => {
    const line = lines.find((l) => l.outcome.target.indicator === 'county-visit-rate')!;
    expect(line.indicatorName).toBe('县域就诊率');
    expect(line.targetReport).toBe('乐清2024年计划');
    expect(line.actualReport).toBe('乐清2024年总结');
    expect(line.statusLabel).toBe('已达成');
    expect(line.readingLabel).toBe('原文“以上”：不低于目标值');
    expect(Object.values(OUTCOME_STATUS_LABELS)).toEqual(['已达成', '未达成', '无法判断', '尚无结果']);
  });

  it('puts a place’s lines on the indicator page holding its values', () => {
    const place = { code: '330382', name: '乐清', province: '浙江' };
    const province = { name: '浙江', anchor: 'p-浙江' };
    expect(linesOnPage(lines, { entries: [{ place, province, starts: true, rows: [] }] })).toHaveLength(lines.length);
    expect(linesOnPage(lines, { entries: [{ place, province, starts: false, rows: [] }] })).toEqual([]);
  });
});
