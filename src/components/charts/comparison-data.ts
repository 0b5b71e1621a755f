/**
 * What the comparison, topic and download pages read from the content collections: the reports,
 * the editors' indicator definitions, every figure as a metric row, the places that can be
 * compared and their populations.
 */
import { getCollection } from 'astro:content';
import type { Report } from '../../lib/report.ts';
import { mapIndicator } from '../../lib/indicators.ts';
import { metricRows, placesOf, type MetricRow, type Place, type Population } from '../../lib/metrics.ts';
import { withBase } from '../../lib/site-config.ts';

export interface ComparisonData {
  reports: Report[];
  indicators: Awaited<ReturnType<typeof loadIndicators>>;
  rows: MetricRow[];
  places: Place[];
  /** Population by division code, from the city profiles that state one. */
  populations: Map<string, Population>;
}

async function loadIndicators() {
  return (await getCollection('indicators')).map((e) => e.data).sort((a, b) => a.id.localeCompare(b.id));
}

export async function comparisonData(): Promise<ComparisonData> {
  const reports = (await getCollection('reports')).map((e) => e.data as Report).sort((a, b) => a.id.localeCompare(b.id));
  const indicators = await loadIndicators();
  const populations = new Map<string, Population>();
  for (const { data } of await getCollection('cities')) if (data.population) populations.set(data.divisionCode, data.population);
  return {
    reports,
    indicators,
    rows: metricRows(reports, (f) => mapIndicator(f, indicators)),
    places: placesOf(reports),
    populations,
  };
}

/** Site-relative link to a report page, optionally at an anchor. */
export function reportHref(reportId: string, anchor?: string): string {
  return withBase(import.meta.env.BASE_URL, `reports/${reportId}/${anchor ? `#${anchor}` : ''}`);
}

/** Link to the sentence of a metric row, at the figure's mark. */
export function figureHref(row: MetricRow): string {
  return reportHref(row.reportId, row.anchor);
}

/** Absolute URL of a report page (for the downloads, which leave the site). */
export function absoluteReportUrl(site: URL | undefined, reportId: string, anchor?: string): string {
  return new URL(reportHref(reportId, anchor), site ?? 'http://localhost').href;
}
