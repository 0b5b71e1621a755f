/**
 * The data downloads: every extracted figure (metrics.csv / metrics.json, and each indicator's
 * figures in data/indicators/<id>.csv) and every report's metadata (reports.json), as flat records
 * with absolute links back to the source sentences and the original web page, and their columns
 * (columns.ts: CSV headers, JSON keys and the /data/ dictionary from one declaration).
 */
import { type Column, field } from './columns.ts';
import type { MetricRow } from './metrics.ts';
import { FIGURE_KIND_LABELS, type FigureKind, REPORT_KIND_LABELS, type Report, type ReportKind } from '../model/index.ts';

/** One figure in the downloads. Empty indicator (null) means the figure maps to no indicator. */
export interface MetricRecord {
  reportId: string;
  /** The report's title as its page shows it. */
  title: string;
  city: string | null;
  province: string | null;
  divisionCode: string | null;
  indicator: string | null;
  name: string | null;
  year: number | null;
  kind: FigureKind;
  value: number;
  upperValue: number | null;
  raw: string;
  unit: string | null;
  qualifier: string | null;
  sentence: string;
  /** Absolute URL of the figure on its report page (`…/reports/<id>/#s-12-f1`). */
  url: string;
  /** The original web page the report was copied from, null when the text does not name it. */
  sourceUrl: string | null;
}

/** Absolute URL of a report page, optionally at an anchor. */
export type ReportUrl = (reportId: string, anchor?: string) => string;

/** What a figure's record takes from its report. */
export type ReportOf = (reportId: string) => Pick<Report, 'title' | 'meta'>;

/** `actual（实际）、target（目标）、change（变化）`: a kind column's values and what they say. */
function kindValues<K extends string>(labels: Record<K, string>): string {
  return (Object.entries(labels) as [K, string][]).map(([k, label]) => `${k}（${label}）`).join('、');
}

/** The report a row belongs to, as metrics and reports.json both describe it: title and place. */
function reportColumns<R extends { title: string; city: string | null; province: string | null; divisionCode: string | null }>(): Column<R>[] {
  return [
    field('title', '报告标题', '文字', '报告页显示的标题；原文没有标题时由地点、年份和类型组成'),
    field('city', '地区', '文字', '发布报告的地方（简称，如“乐清”）；无法判定时为空'),
    field('province', '省份', '文字', '地区所在的省级行政区（简称）；无法判定时为空'),
    field('divisionCode', '行政区划代码', '文字', '发布机关所在地的六位行政区划代码（GB/T 2260）；无法判定时为空'),
  ];
}

/** Columns of metrics.csv and metrics.json, and of each indicator's CSV (data/indicators/<id>.csv). */
export const METRIC_COLUMNS: readonly Column<MetricRecord>[] = [
  field('reportId', '报告编号', '文字', '本站的报告编号，也是报告页网址中的名字（reports/<报告编号>/）'),
  ...reportColumns<MetricRecord>(),
  field('indicator', '指标编号', '文字', '数字归入的可对比指标（见下方指标编号对照）；不属于任何指标时为空'),
  field('name', '原文名称', '文字', '原句中这个数字的名称（如“县域就诊率”）；读不出名称时为空'),
  field('year', '年份', '整数', '数字所指的年份：句子写明的年份，否则是所在部分（总结或计划）的年份；原文未写明时为空'),
  field('kind', '类型', '文字', `数字的类型：${kindValues(FIGURE_KIND_LABELS)}`),
  field('value', '数值', '数值', '数字的值，“万”“亿”已换算（10.65万 → 106500）；原文是区间（2-3家）时为下限'),
  field('upperValue', '区间上限', '数值', '原文是区间时的上限；单个数值时为空'),
  field('raw', '原文写法', '文字', '原文中的写法，含限定词和单位（如“90%以上”）'),
  field('unit', '单位', '文字', '单位（%、岁、张、人……）；没有单位时为空'),
  field('qualifier', '限定词', '文字', '“以上”“以下”“左右”“约”等限定词；没有时为空'),
  field('sentence', '原句', '文字', '写有这个数字的整句原文'),
  field('url', '原句链接', '网址', '本站报告页上这个数字的位置（#s-句号-f数字号）'),
  field('sourceUrl', '原网页地址', '网址', '报告原文所在的政府网页；原文没有写明网址时为空'),
];

export function metricRecords(rows: readonly MetricRow[], reportOf: ReportOf, reportUrl: ReportUrl): MetricRecord[] {
  return rows.map((r) => {
    const report = reportOf(r.reportId);
    return {
      reportId: r.reportId,
      title: report.title,
      city: r.city,
      province: r.province,
      divisionCode: r.divisionCode,
      indicator: r.indicator,
      name: r.name,
      year: r.year,
      kind: r.kind,
      value: r.value,
      upperValue: r.upperValue,
      raw: r.raw,
      unit: r.unit,
      qualifier: r.qualifier,
      sentence: r.sentence,
      url: reportUrl(r.reportId, r.anchor),
      sourceUrl: report.meta.url,
    };
  });
}

/** One report in reports.json. */
export interface ReportRecord {
  id: string;
  title: string;
  city: string | null;
  province: string | null;
  divisionCode: string | null;
  /** Year reviewed, null when the report does not say (or has no review). */
  reviewYear: number | null;
  /** Year planned, null when the report does not say (or has no plan). */
  planYear: number | null;
  kind: ReportKind;
  /** Source file in the repository, e.g. `seeds/000_f4176e7e517abf09.txt`. */
  source: string;
  url: string;
  /** The original web page, null when the text does not name it. */
  sourceUrl: string | null;
}

/** Keys of each reports.json record. */
export const REPORT_COLUMNS: readonly Column<ReportRecord>[] = [
  field('id', '报告编号', '文字', '本站的报告编号，也是报告页网址中的名字'),
  ...reportColumns<ReportRecord>(),
  field('reviewYear', '总结年份', '整数', '报告总结的年份；原文未写明或报告只有计划时为空'),
  field('planYear', '计划年份', '整数', '报告计划的年份；原文未写明或报告只有总结时为空'),
  field('kind', '报告类型', '文字', `报告的类型：${kindValues(REPORT_KIND_LABELS)}`),
  field('source', '源文件', '文字', '项目仓库中的原文文件（如 seeds/000_….txt）'),
  field('url', '报告页', '网址', '本站的报告页'),
  field('sourceUrl', '原网页地址', '网址', '报告原文所在的政府网页；原文没有写明网址时为空'),
];

export function reportRecord(report: Pick<Report, 'id' | 'title' | 'place' | 'reviewYear' | 'planYear' | 'kind' | 'source' | 'meta'>, reportUrl: ReportUrl): ReportRecord {
  return {
    id: report.id,
    title: report.title,
    city: report.place.city,
    province: report.place.province,
    divisionCode: report.place.divisionCode,
    reviewYear: report.reviewYear,
    planYear: report.planYear,
    kind: report.kind,
    source: report.source,
    url: reportUrl(report.id),
    sourceUrl: report.meta.url,
  };
}
