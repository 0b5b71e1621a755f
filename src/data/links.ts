/**
 * Links inside the site. The one reader of the base path (`import.meta.env.BASE_URL`, set from
 * BASE_PATH in astro.config.mjs): pages, components and data modules build every internal link
 * with these helpers, from the site-relative paths src/lib gives (`reports/<id>/`, `compare/beds/2/`).
 */
import { withBase } from '../lib/site-config.ts';
import type { MetricRow } from '../lib/views/index.ts';

const BASE = import.meta.env.BASE_URL;

/** Link to a site-relative path under the base path: `href('reports/')` → `/sub/reports/`. */
export function href(path: string): string {
  return withBase(BASE, path);
}

/** The site's root under the base path, ending in `/` (the home page, the search records' base). */
export const siteRoot = href('');

/** Link to a report page, optionally at an anchor. */
export function reportHref(reportId: string, anchor?: string): string {
  return href(`reports/${reportId}/${anchor ? `#${anchor}` : ''}`);
}

/** Link to the sentence of a metric row, at the figure's mark. */
export function figureHref(row: Pick<MetricRow, 'reportId' | 'anchor'>): string {
  return reportHref(row.reportId, row.anchor);
}

/** Link to a city page. */
export function cityHref(slug: string): string {
  return href(`cities/${slug}/`);
}

/** Absolute URL of a report page (for the downloads and the feed, which leave the site). */
export function absoluteReportUrl(site: URL | undefined, reportId: string, anchor?: string): string {
  return new URL(reportHref(reportId, anchor), site ?? 'http://localhost').href;
}

/** `absoluteReportUrl` for one site, as the download records take it. */
export function reportUrls(site: URL | undefined): (reportId: string, anchor?: string) => string {
  return (reportId, anchor) => absoluteReportUrl(site, reportId, anchor);
}
