/**
 * What the topic pages (/topics/, /topics/<topic>/…) and the search records read: the editors'
 * topic definitions (content/topics), each report's topics (src/lib/views/topic-view.ts, computed
 * here once for every user), each topic's pages and the topic shares by province.
 *
 * The topics need every report's text: the bodies are read one at a time (report-bodies.ts) and of
 * each only what the topic pages show is kept (`keptTopics`: the sections about a topic without
 * their text, their figures, the shares).
 */
import { getCollection } from 'astro:content';
import type { ReportSummary } from '../lib/model/index.ts';
import { keptTopics, paginateTopic, provinceShares, type TopicPaging, reportTopics, type ReportTopics } from '../lib/views/index.ts';
import { byId, corpusData, memo, type CorpusData } from './corpus.ts';
import { reportBodies } from './report-bodies.ts';

const topicMemo = memo<ReturnType<typeof computeTopics>>();

async function computeTopics(data: CorpusData, topics: Awaited<ReturnType<typeof getCollection<'topics'>>>) {
  const defs = topics.map((e) => e.data);
  const order = new Map(data.places.map((p, i) => [p.code, i]));
  const rank = (r: ReportSummary) => order.get(r.place.divisionCode ?? '') ?? data.places.length;
  const reports = [...data.reports].sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id));
  // Each report gets only its own rows: handing every report the whole corpus's rows was quadratic.
  const rowsByReport = Map.groupBy(data.rows, (row) => row.reportId);
  const views = new Map<string, ReportTopics>();
  for await (const { summary, report } of reportBodies(reports)) {
    views.set(summary.id, keptTopics(reportTopics(report, defs, rowsByReport.get(summary.id) ?? [])));
  }
  return {
    ...data,
    /** Reports in place order (unknown places last). */
    reports,
    /** The topic entries by id (their markdown body renders on each topic's first page). */
    topics,
    defs,
    /** Each report's topics by report id (the sections about some topic, `keptTopics`). */
    views,
    /** Each topic's pages by topic id. */
    pagings: new Map<string, TopicPaging>(defs.map((d) => [d.id, paginateTopic(d.id, reports, views)])),
    /** Topic shares by province, for the topic index. */
    provinces: provinceShares(reports, views),
  };
}

export type TopicPagesData = Awaited<ReturnType<typeof computeTopics>>;

/** The topic definitions (content/topics), every report's topics and each topic's pages. */
export async function topicPagesData(): Promise<TopicPagesData> {
  const data = await corpusData();
  const topics = (await getCollection('topics')).sort(byId);
  // Keyed on the entries' data: getCollection returns new entry objects on every call, but their data keep
  // their identity until a loader stores them anew, so this computes once per version of the content.
  // The memo holds the promise, so pages asking at once share one pass over the bodies.
  return topicMemo([data, ...topics.map((e) => e.data)], () => computeTopics(data, topics));
}
