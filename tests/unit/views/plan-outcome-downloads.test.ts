import { csvParseRows } from 'd3';
import { describe, expect, it } from 'vitest';
import { csvOf } from '../../../src/lib/views/columns.ts';
import type { MetricRow } from '../../../src/lib/views/metrics.ts';
import type { PlanOutcome, TargetRow } from '../../../src/lib/views/plan-outcome.ts';
import { PLAN_OUTCOME_COLUMNS, planOutcomeRecords } from '../../../src/lib/views/plan-outcome-downloads.ts';

const base: MetricRow = {
  reportId: 'yueqing-2023-2024',
  city: '乐清',
  province: '浙江',
  divisionCode: '330382',
  indicator: 'county-visit-rate',
  name: '县域就诊率',
  year: 2024,
  kind: 'target',
  part: 'plan',
  value: 90,
  upperValue: null,
  raw: '90%以上',
  unit: '%',
  qualifier: '以上',
  sentence: '县域就诊率保持在90%以上,千人床位数达到4.3张。',
  sentenceId: 's-12',
  anchor: 's-12-f1',
  start: 8,
  end: 14,
};
const target = base as TargetRow;
const actual: MetricRow = { ...base, reportId: 'yueqing-2024-2025', kind: 'actual', value: 91.2, raw: '91.2%', qualifier: null, sentenceId: 's-3', anchor: 's-3-f2' };
const outcomes: PlanOutcome[] = [
  { target, yearInferred: false, measure: null, actual, reading: { rule: 'at-least', strict: false, basis: '原文“以上”' }, otherActuals: [], otherMeasure: [], status: 'met' },
  { target: { ...target, year: 2025 }, yearInferred: true, measure: null, actual: null, reading: null, otherActuals: [], otherMeasure: [], status: 'unreported' },
];
const reports: Record<string, { title: string; meta: { url: string | null } }> = {
  'yueqing-2023-2024': { title: '乐清2023年总结和2024年重点', meta: { url: 'https://example.gov.cn/2024.html' } },
  'yueqing-2024-2025': { title: '乐清2024年总结和2025年重点', meta: { url: null } },
};
const url = (id: string, anchor?: string) => `https://example.org/reports/${id}/${anchor ? `#${anchor}` : ''}`;
const records = planOutcomeRecords(outcomes, () => '县域就诊率', (id) => reports[id] as never, url);

describe('planOutcomeRecords', () => {
  it('gives one record per target, its url and the actual’s at their sentence anchors, with their reports', () => {
    expect(records[0]).toEqual({
      city: '乐清',
      divisionCode: '330382',
      indicator: 'county-visit-rate',
      indicatorName: '县域就诊率',
      measure: null,
      year: 2024,
      yearInferred: false,
      status: 'met',
      rule: 'at-least',
      ruleBasis: '原文“以上”',
      target: {
        value: 90,
        raw: '90%以上',
        qualifier: '以上',
        url: 'https://example.org/reports/yueqing-2023-2024/#s-12',
        title: '乐清2023年总结和2024年重点',
        sourceUrl: 'https://example.gov.cn/2024.html',
      },
      actual: { value: 91.2, raw: '91.2%', url: 'https://example.org/reports/yueqing-2024-2025/#s-3', title: '乐清2024年总结和2025年重点', sourceUrl: null },
    });
    expect(records[1].actual).toBeNull();
    expect(records[1].rule).toBeNull();
  });
});

describe('PLAN_OUTCOME_COLUMNS', () => {
  it('flatten each record under Chinese headers, the dotted keys naming the JSON fields, an empty actual as empty cells', () => {
    const [header, ...rows] = csvParseRows(csvOf(PLAN_OUTCOME_COLUMNS, records).slice(1).replace(/\r\n$/, ''));
    expect(header).toEqual(PLAN_OUTCOME_COLUMNS.map((c) => c.header));
    const cell = (row: string[], key: string) => row[PLAN_OUTCOME_COLUMNS.findIndex((c) => c.key === key)];
    for (const c of PLAN_OUTCOME_COLUMNS) {
      const json = c.key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], records[0]);
      expect(cell(rows[0], c.key), c.key).toBe(json === null ? '' : String(json));
    }
    expect(['actual.value', 'actual.raw', 'actual.url', 'actual.title'].map((k) => cell(rows[1], k))).toEqual(['', '', '', '']);
    expect(cell(rows[1], 'year')).toBe('2025');
    expect(cell(rows[1], 'yearInferred')).toBe('true');
  });
});
