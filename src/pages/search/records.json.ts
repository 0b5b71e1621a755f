/**
 * The search records (src/lib/search-sections.ts): every report section, with the topics it is
 * about (src/lib/topics.ts), and every city page. src/integrations/pagefind.ts indexes this file
 * after the build; the search tests take their ground truth from it.
 */
import { getCollection } from 'astro:content';
import { cityRecord, reportRecords, type SearchSection } from '../../lib/search-sections.ts';
import { withBase } from '../../lib/site-config.ts';
import { assignTopics } from '../../lib/topics.ts';
import { cityPages } from '../cities/_city-pages.ts';

export async function GET(): Promise<Response> {
  const base = withBase(import.meta.env.BASE_URL, '');
  const reports = (await getCollection('reports')).map((entry) => entry.data);
  const topics = (await getCollection('topics')).map((entry) => entry.data);
  const topicName = new Map(topics.map((t) => [t.id, t.name]));
  const topicsOf = (section: SearchSection) => {
    const heading = section.heading ?? '';
    return assignTopics({ heading, text: section.text.slice(heading.length) }, topics).map((t) => topicName.get(t.topic)!);
  };
  const records = [
    ...reports.flatMap((report) => reportRecords(report, { base, topicsOf })),
    ...(await cityPages()).map((city) =>
      cityRecord(
        { ...city.profile, prefecture: city.profile.prefecture ?? null, profileHtml: city.html, reportTitles: city.reports.map((r) => r.title) },
        base,
      ),
    ),
  ];
  return new Response(JSON.stringify(records), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
