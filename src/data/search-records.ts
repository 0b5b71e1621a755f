/**
 * The search records /search/records.json serves (src/lib/search/records.ts): every report
 * section, filed under the topics the topic pages give it (the same per-report topics,
 * topic-pages.ts), every city page and every topic page. src/integrations/pagefind.ts indexes that
 * file after the build; the search tests take their ground truth from it.
 */
import { getCollection } from 'astro:content';
import { cityRecord, reportRecords, topicRecord, type SearchRecord } from '../lib/search/index.ts';
import { cityPages } from './city-pages.ts';
import { siteRoot } from './links.ts';
import { topicPagesData } from './topic-pages.ts';

/** Every search record: report sections (in collection order), city pages, topic pages. */
export async function searchRecords(): Promise<SearchRecord[]> {
  const reports = (await getCollection('reports')).map((entry) => entry.data);
  const { topics, defs, views } = await topicPagesData();
  const topicName = new Map(defs.map((t) => [t.id, t.name]));
  return [
    ...reports.flatMap((report) => {
      const byAnchor = new Map(views.get(report.id)!.sections.map((s) => [s.section.anchor, s.topics]));
      const topicsOf = ({ anchor }: { anchor: string }) => byAnchor.get(anchor)!.map((t) => topicName.get(t.topic)!);
      return reportRecords(report, { base: siteRoot, topicsOf });
    }),
    ...(await cityPages()).map((city) =>
      cityRecord(
        { ...city.profile, prefecture: city.profile.prefecture ?? null, profileHtml: city.html, reportTitles: city.reports.map((r) => r.title) },
        siteRoot,
      ),
    ),
    ...topics.map((entry) => topicRecord({ ...entry.data, bodyHtml: entry.rendered?.html ?? '' }, siteRoot)),
  ];
}
