/**
 * The data downloads: every extracted figure (metrics.csv / metrics.json) and every report's
 * metadata (reports.json), as flat records with absolute links back to the source sentences.
 */
import { toCsv } from './csv.ts';
import type { MetricRow } from './metrics.ts';
import type { Report, ReportKind } from '../model/index.ts';

/** Columns of metrics.csv and keys of each metrics.json record: fields of `MetricRow`, then `url`. */
export const METRIC_COLUMNS = [
  'reportId',
  'city',
  'province',
  'indicator',
  'name',
  'year',
  'kind',
  'value',
  'upperValue',
  'raw',
  'unit',
  'qualifier',
  'sentence',
  'url',
] as const;

/** One figure in the downloads. Empty indicator (null) means the figure maps to no indicator. */
export type MetricRecord = Pick<MetricRow, Exclude<(typeof METRIC_COLUMNS)[number], 'url'>> & {
  /** Absolute URL of the figure on its report page (`…/reports/<id>/#s-12-f1`). */
  url: string;
};

/** Absolute URL of a report page, optionally at an anchor. */
export type ReportUrl = (reportId: string, anchor?: string) => string;

export function metricRecords(rows: readonly MetricRow[], reportUrl: ReportUrl): MetricRecord[] {
  return rows.map((r) => ({
    reportId: r.reportId,
    city: r.city,
    province: r.province,
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
  }));
}

/** metrics.csv: the records in `METRIC_COLUMNS` order. */
export function metricsCsv(records: readonly MetricRecord[]): string {
  return toCsv(
    METRIC_COLUMNS,
    records.map((r) => METRIC_COLUMNS.map((c) => r[c])),
  );
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
}

export function reportRecord(report: Report, reportUrl: ReportUrl): ReportRecord {
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
  };
}
