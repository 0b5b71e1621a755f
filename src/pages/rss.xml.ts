/** RSS feed of the reports, newest publication first (reports without a date last, undated). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { reportHref, siteRoot } from '../data/links.ts';
import { feedReports } from '../data/report-pages.ts';
import { placeLabel, REPORT_KIND_LABELS, yearsLabel } from '../lib/model/index.ts';
import { siteConfig } from '../lib/site-config.ts';

export const GET: APIRoute = async ({ site }) => {
  const config = siteConfig();
  const reports = await feedReports();
  return rss({
    title: config.name,
    description: config.description,
    site: new URL(siteRoot, site),
    customData: '<language>zh-cn</language>',
    items: reports.map((report) => ({
      title: report.title,
      link: reportHref(report.id),
      ...(report.meta.publishedAt ? { pubDate: new Date(`${report.meta.publishedAt}T00:00:00+08:00`) } : {}),
      description: `${placeLabel(report.place)} · ${yearsLabel(report)} · ${REPORT_KIND_LABELS[report.kind]}`,
    })),
  });
};
