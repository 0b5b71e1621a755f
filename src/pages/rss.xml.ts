/** RSS feed of the reports, newest publication first (reports without a date last, undated). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { placeLabel, REPORT_KIND_LABELS, yearsLabel } from '../lib/model/labels.ts';
import { siteConfig, withBase } from '../lib/site-config.ts';

export const GET: APIRoute = async ({ site }) => {
  const config = siteConfig();
  const reports = (await getCollection('reports')).map((entry) => entry.data);
  reports.sort((a, b) => (b.meta.publishedAt ?? '').localeCompare(a.meta.publishedAt ?? '') || a.id.localeCompare(b.id));
  return rss({
    title: config.name,
    description: config.description,
    site: new URL(import.meta.env.BASE_URL, site),
    customData: '<language>zh-cn</language>',
    items: reports.map((report) => ({
      title: report.title,
      link: withBase(import.meta.env.BASE_URL, `reports/${report.id}/`),
      ...(report.meta.publishedAt ? { pubDate: new Date(`${report.meta.publishedAt}T00:00:00+08:00`) } : {}),
      description: `${placeLabel(report.place)} · ${yearsLabel(report)} · ${REPORT_KIND_LABELS[report.kind]}`,
    })),
  });
};
