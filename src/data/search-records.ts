/**
 * The search records /search/records.ndjson serves (src/lib/search/records.ts): every report
 * section, filed under the topics the topic pages give it (the same per-report topics,
 * topic-pages.ts), every city page and every topic page. src/integrations/pagefind.ts indexes that
 * file after the build; the search tests take their ground truth from it.
 *
 * Records come report by report, from each report's body read on its own (report-bodies.ts), so
 * no step holds every report's text.
 */
import { getCollection } from 'astro:content';
import { cityRecord, reportRecords, topicRecord, type SearchRecord } from '../lib/search/index.ts';
import { cityPages } from './city-pages.ts';
import { siteRoot } from './links.ts';
import { reportBodies } from './report-bodies.ts';
import { topicPagesData } from './topic-pages.ts';

/** Every search record, in batches: each report's sections (in collection order), then city pages, then topic pages. */
export async function* searchRecords(): AsyncGenerator<SearchRecord[]> {
  const summaries = (await getCollection('reports')).map((entry) => entry.data);
  const { topics, defs, views } = await topicPagesData();
  const topicName = new Map(defs.map((t) => [t.id, t.name]));
  for await (const { summary, report } of reportBodies(summaries)) {
    // The topic data keep the sections about some topic; the others have none.
    const byAnchor = new Map(views.get(summary.id)!.sections.map((s) => [s.section.anchor, s.topics]));
    const topicsOf = ({ anchor }: { anchor: string }) => (byAnchor.get(anchor) ?? []).map((t) => topicName.get(t.topic)!);
    yield reportRecords(report, { base: siteRoot, topicsOf });
  }
  yield (await cityPages()).map((city) =>
    cityRecord(
      { ...city.profile, prefecture: city.profile.prefecture ?? null, profileHtml: city.html, reportTitles: city.reports.map((r) => r.title) },
      siteRoot,
    ),
  );
  yield topics.map((entry) => topicRecord({ ...entry.data, bodyHtml: entry.rendered?.html ?? '' }, siteRoot));
}
