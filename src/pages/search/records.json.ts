/**
 * The search records (src/lib/search-sections.ts): every report section, filed under the topics
 * the topic pages give it (src/lib/topic-view.ts), every city page and every topic page.
 * src/integrations/pagefind.ts indexes this file after the build; the search tests take their
 * ground truth from it.
 */
import { getCollection } from 'astro:content';
import { cityRecord, reportRecords, topicRecord } from '../../lib/search/records.ts';
import { withBase } from '../../lib/site-config.ts';
import { reportTopics } from '../../lib/views/topic-view.ts';
import { cityPages } from '../../data/city-pages.ts';

export async function GET(): Promise<Response> {
  const base = withBase(import.meta.env.BASE_URL, '');
  const reports = (await getCollection('reports')).map((entry) => entry.data);
  const topics = await getCollection('topics');
  const defs = topics.map((entry) => entry.data);
  const topicName = new Map(defs.map((t) => [t.id, t.name]));
  const records = [
    ...reports.flatMap((report) => {
      const byAnchor = new Map(reportTopics(report, defs, []).sections.map((s) => [s.section.anchor, s.topics]));
      const topicsOf = ({ anchor }: { anchor: string }) => byAnchor.get(anchor)!.map((t) => topicName.get(t.topic)!);
      return reportRecords(report, { base, topicsOf });
    }),
    ...(await cityPages()).map((city) =>
      cityRecord(
        { ...city.profile, prefecture: city.profile.prefecture ?? null, profileHtml: city.html, reportTitles: city.reports.map((r) => r.title) },
        base,
      ),
    ),
    ...topics.map((entry) => topicRecord({ ...entry.data, bodyHtml: entry.rendered?.html ?? '' }, base)),
  ];
  return new Response(JSON.stringify(records), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
