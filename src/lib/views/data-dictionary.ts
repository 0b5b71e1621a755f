/**
 * The data dictionary of /data/: every download the site publishes, what it holds and, for tables,
 * its columns as declared once in columns.ts (the same declarations write the files). A new download
 * adds its entry here; the site test checks that every file under data/ is documented.
 */
import type { Column } from './columns.ts';
import { METRIC_COLUMNS, REPORT_COLUMNS } from './downloads.ts';
import { PLAN_OUTCOME_COLUMNS } from './plan-outcome-downloads.ts';

/** A column as the dictionary shows it. */
export type ColumnDoc = Omit<Column<never>, 'cell'>;

/** One download. */
export interface DownloadDoc {
  /** Site-relative path; in a per-indicator download `<指标编号>` stands for each indicator's id. */
  path: string;
  format: 'CSV' | 'JSON' | 'SVG';
  title: string;
  /** What it holds, one or two sentences in Chinese. */
  description: string;
  /** The CSV's columns or the JSON records' keys; null for a picture. */
  columns: readonly ColumnDoc[] | null;
}

/**
 * The licence of the data the site compiles (figures, years, places, indicator assignments, links);
 * the report texts stay their publishers'. Named on /data/ and under every chart file.
 */
export const DATA_LICENCE = {
  name: '知识共享署名 4.0 国际许可协议',
  short: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.zh-hans',
} as const;

/** Stands for an indicator's id in the path of a per-indicator download. */
export const INDICATOR_ID = '<指标编号>';

/** An indicator's figures as CSV: `data/indicators/beds.csv`. */
export function indicatorCsvPath(id: string): string {
  return `data/indicators/${id}.csv`;
}

/** An indicator's chart of latest values as SVG: `data/indicators/beds.svg`. */
export function indicatorSvgPath(id: string): string {
  return `data/indicators/${id}.svg`;
}

export const DOWNLOADS: readonly DownloadDoc[] = [
  {
    path: 'data/metrics.csv',
    format: 'CSV',
    title: '全部数字',
    description: '报告中识别出的每一个数字一行（实际值、目标值和变化），包括未归入指标、年份未注明、地区未确定的。',
    columns: METRIC_COLUMNS,
  },
  {
    path: 'data/metrics.json',
    format: 'JSON',
    title: '全部数字',
    description: '与 metrics.csv 相同的记录，每条记录以英文键为字段名。',
    columns: METRIC_COLUMNS,
  },
  {
    path: 'data/reports.json',
    format: 'JSON',
    title: '报告目录',
    description: '每篇报告一条：标题、地点、年份、类型、本站报告页和原网页地址。',
    columns: REPORT_COLUMNS,
  },
  {
    path: 'data/plan-outcomes.csv',
    format: 'CSV',
    title: '承诺与兑现',
    description: '计划中每个写明年份、归入指标的目标一行，与此后工作总结中同一地区、同一年份的实际值对照，并给出结果（已达成、未达成、无法判断、尚无结果）和判断依据。',
    columns: PLAN_OUTCOME_COLUMNS,
  },
  {
    path: 'data/plan-outcomes.json',
    format: 'JSON',
    title: '承诺与兑现',
    description: '与 plan-outcomes.csv 相同的记录；目标和实际值各是一个对象（target、actual，尚无实际值时 actual 为 null），字段名即下表英文键中点号后的部分。',
    columns: PLAN_OUTCOME_COLUMNS,
  },
  {
    path: indicatorCsvPath(INDICATOR_ID),
    format: 'CSV',
    title: '单个指标的数字',
    description: '归入一个指标的全部数字，列与 metrics.csv 相同；链接在各指标对比页上。',
    columns: METRIC_COLUMNS,
  },
  {
    path: indicatorSvgPath(INDICATOR_ID),
    format: 'SVG',
    title: '指标对比图',
    description: '一个指标各地最新实际值的图（与对比页上的图画法相同，包括全部地区），矢量图，可直接插入文档；图下注明来源。',
    columns: null,
  },
];
