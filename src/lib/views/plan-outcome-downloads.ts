/**
 * /data/plan-outcomes.json and .csv: one record per target (plan-outcome.ts), with absolute links
 * to the sentences of the target and of the actual it was judged by, and the reports they stand in
 * (title, original web page). The JSON nests `target` and `actual`; the CSV flattens them, its
 * columns declared once (columns.ts) under dotted English keys (`target.raw`) and Chinese headers.
 */
import { type Column, type ColumnType, field } from './columns.ts';
import type { ReportOf, ReportUrl } from './downloads.ts';
import type { MetricRow } from './metrics.ts';
import { OUTCOME_STATUS_LABELS, type OutcomeStatus, type PlanOutcome } from './plan-outcome.ts';
import { ABOUT_TOLERANCE, type TargetRule } from './plan-outcome-wording.ts';

/** A target or an actual in a record: the figure, its sentence and its report. */
interface Statement {
  value: number;
  raw: string;
  /** Absolute URL of the sentence on its report page (`…/reports/<id>/#s-12`). */
  url: string;
  /** Title of the report stating it, and the original web page (null when the text does not name it). */
  title: string;
  sourceUrl: string | null;
}

/** One target in plan-outcomes.json. */
export interface PlanOutcomeRecord {
  /** Short place name (`乐清`), as in metrics.json. */
  city: string | null;
  divisionCode: string;
  /** Indicator id (`county-visit-rate`) and its name. */
  indicator: string;
  indicatorName: string;
  /** The editors' different measure of the indicator the target states, null for the indicator's own. */
  measure: string | null;
  year: number;
  /** The year is the editors' inference (the text does not state it). */
  yearInferred: boolean;
  status: OutcomeStatus;
  /** How the target was read: at least, at most or close to its value; null when it could not be. */
  rule: TargetRule | null;
  /** What says so, in Chinese: `原文“以上”`, `指标越高越好（原文未写明）`. */
  ruleBasis: string | null;
  target: Statement & { qualifier: string | null };
  actual: Statement | null;
}

export function planOutcomeRecords(
  outcomes: readonly PlanOutcome[],
  indicatorName: (id: string) => string,
  reportOf: ReportOf,
  reportUrl: ReportUrl,
): PlanOutcomeRecord[] {
  const statement = (row: MetricRow): Statement => {
    const report = reportOf(row.reportId);
    return { value: row.value, raw: row.raw, url: reportUrl(row.reportId, row.sentenceId), title: report.title, sourceUrl: report.meta.url };
  };
  return outcomes.map(({ target, yearInferred, measure, actual, reading, status }) => ({
    city: target.city,
    divisionCode: target.divisionCode,
    indicator: target.indicator,
    indicatorName: indicatorName(target.indicator),
    measure,
    year: target.year,
    yearInferred,
    status,
    rule: reading?.rule ?? null,
    ruleBasis: reading?.basis ?? null,
    target: { ...statement(target), qualifier: target.qualifier },
    actual: actual && statement(actual),
  }));
}

const STATUS_VALUES = (Object.entries(OUTCOME_STATUS_LABELS) as [OutcomeStatus, string][]).map(([k, label]) => `${k}（${label}）`).join('、');
const RULE_VALUES = `at-least（不低于目标值）、at-most（不高于目标值）、about（与目标值相差不超过${ABOUT_TOLERANCE * 100}%）`;

/** A column of the target's or the actual's statement, keyed `target.raw`, `actual.url`. */
function side(which: 'target' | 'actual', key: keyof Statement, header: string, type: ColumnType, description: string): Column<PlanOutcomeRecord> {
  return { key: `${which}.${key}`, header, type, description, cell: (r) => r[which]?.[key] ?? null };
}
const NO_ACTUAL = '；尚无实际值时为空';

/** Columns of plan-outcomes.csv, and the keys of plan-outcomes.json (`target.raw` is `raw` inside `target`). */
export const PLAN_OUTCOME_COLUMNS: readonly Column<PlanOutcomeRecord>[] = [
  field('city', '地区', '文字', '定目标的地方（简称，如“乐清”）'),
  field('divisionCode', '行政区划代码', '文字', '定目标的地方的六位行政区划代码（GB/T 2260）'),
  field('indicator', '指标编号', '文字', '目标所属的可对比指标'),
  field('indicatorName', '指标名称', '文字', '指标在本站的名称'),
  field('measure', '口径', '文字', '目标按指标的另一种统计口径写时，该口径的名称（见指标对比页）；按指标本身的口径时为空'),
  field('year', '目标年份', '整数', '目标所指的年份：句子写明的年份，否则是所在计划部分的年份'),
  { key: 'yearInferred', header: '年份为推断', type: '文字', description: 'true：原文未写明目标年份，由编辑推断（理由见报告页“编辑更正”）；false：原文写明或取自写明的部分年份', cell: (r) => String(r.yearInferred) },
  field('status', '结果', '文字', `与此后工作总结中同一地区、指标、年份的实际值对照：${STATUS_VALUES}`),
  field('rule', '判断规则', '文字', `按目标原文措辞（或指标方向）读出的要求：${RULE_VALUES}；原文和指标都未说明时为空`),
  field('ruleBasis', '判断依据', '文字', '规则从哪里读出：原文的限定词或动词（如“原文“以上””），或指标越高越好、越低越好'),
  side('target', 'value', '目标值', '数值', '目标的数值，“万”“亿”已换算；区间时为下限'),
  side('target', 'raw', '目标原文写法', '文字', '原文中目标的写法，含限定词和单位（如“90%以上”）'),
  { key: 'target.qualifier', header: '目标限定词', type: '文字', description: '“以上”“以下”“左右”等限定词；没有时为空', cell: (r) => r.target.qualifier },
  side('target', 'url', '目标原句链接', '网址', '本站报告页上写有目标的句子（#s-句号）'),
  side('target', 'title', '目标所在报告', '文字', '写有目标的报告标题'),
  side('target', 'sourceUrl', '目标报告原网页', '网址', '该报告原文所在的政府网页；原文没有写明网址时为空'),
  side('actual', 'value', '实际值', '数值', `判断所用的实际值${NO_ACTUAL}`),
  side('actual', 'raw', '实际原文写法', '文字', `原文中实际值的写法${NO_ACTUAL}`),
  side('actual', 'url', '实际原句链接', '网址', `本站报告页上写有实际值的句子${NO_ACTUAL}`),
  side('actual', 'title', '实际值所在报告', '文字', `写有实际值的报告标题${NO_ACTUAL}`),
  side('actual', 'sourceUrl', '实际值报告原网页', '网址', `该报告原文所在的政府网页；原文没有写明网址或尚无实际值时为空`),
];
