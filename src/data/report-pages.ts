/**
 * The reports as pages and lists show them: in listing order (home page, /reports/), in feed order
 * (rss.xml), and each /reports/<id>/ page with what it needs of the whole corpus (indicator names,
 * the link to its city's page), looked up once rather than once per page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ReportSummary } from '../lib/model/index.ts';
import { byYearThenId } from '../lib/views/index.ts';
import { cityPages } from './city-pages.ts';
import { cityHref } from './links.ts';

/** Every report, newest first (`byYearThenId`). */
export async function listedReports(): Promise<ReportSummary[]> {
  return (await getCollection('reports')).map((entry) => entry.data).sort(byYearThenId);
}

/** Every report, latest publication date first, reports without a date last; then by id. */
export async function feedReports(): Promise<ReportSummary[]> {
  const reports = (await getCollection('reports')).map((entry) => entry.data);
  return reports.sort((a, b) => (b.meta.publishedAt ?? '').localeCompare(a.meta.publishedAt ?? '') || a.id.localeCompare(b.id));
}

/** One report page. */
export interface ReportPage {
  /** The report's summary; the page reads its body and rows (report-bodies.ts). */
  entry: CollectionEntry<'reports'>;
  /** Indicator id → indicator name. */
  indicatorNames: Map<string, string>;
  /** The page of the report's city, when it has one. */
  cityHref?: string;
}

/** Every report page, in collection order. */
export async function reportPages(): Promise<ReportPage[]> {
  const reports = await getCollection('reports');
  const indicatorNames = new Map((await getCollection('indicators')).map((i) => [i.data.id, i.data.name]));
  const citySlugs = new Map((await cityPages()).map((c) => [c.profile.divisionCode, c.profile.slug]));
  return reports.map((entry) => {
    const slug = citySlugs.get(entry.data.place.divisionCode ?? '');
    return { entry, indicatorNames, cityHref: slug && cityHref(slug) };
  });
}
