/**
 * A report's full data (parts, blocks, sentences, figures) read back from the body file the reports
 * loader wrote (src/loaders/bodies.ts): the report page renders it, the topic data and the search
 * records read the bodies one at a time, so no step holds every report's text.
 */
import { readFile } from 'node:fs/promises';
import type { ReportSummary, StoredReport } from '../lib/model/index.ts';
import { metricRows, type MetricRow } from '../lib/views/index.ts';

/** The full report of a `reports` entry's summary. */
export async function reportBody(summary: Pick<ReportSummary, 'bodyFile'>): Promise<StoredReport> {
  // Written by the loader from a report checked against storedReportSchema, and named by its digest.
  return JSON.parse(await readFile(summary.bodyFile, 'utf8')) as StoredReport;
}

/** A report's figures as metric rows with the indicators the loader mapped them to, in document order. */
export function reportRows(report: StoredReport): MetricRow[] {
  return metricRows([report], (figure) => report.indicators[figure.id] ?? null);
}

/** A report page's report in full and its metric rows (`reportRows`). */
export async function reportWithRows(summary: Pick<ReportSummary, 'bodyFile'>): Promise<{ report: StoredReport; rows: MetricRow[] }> {
  const report = await reportBody(summary);
  return { report, rows: reportRows(report) };
}

/** The full reports of `summaries`, one at a time, in their order. */
export async function* reportBodies(summaries: Iterable<ReportSummary>): AsyncGenerator<{ summary: ReportSummary; report: StoredReport }> {
  for (const summary of summaries) yield { summary, report: await reportBody(summary) };
}
