/**
 * What the comparison, topic and download pages read from the content collections: the reports,
 * the editors' indicator definitions, every figure as a metric row, the places that can be
 * compared and their populations; for the topic pages, each report's topics and each topic's pages.
 *
 * Every page of a build asks for the same data, so it is computed once per version of the
 * content: collection entries keep their identity until a loader stores them anew (dev reloads).
 */
import { getCollection } from 'astro:content';
import { metricRows, placesOf, type Population } from '../lib/views/metrics.ts';
import type { MetricRow } from '../lib/views/metrics.ts';
import type { Report } from '../lib/parser/index.ts';
import { withBase } from '../lib/site-config.ts';
import { paginateTopic, provinceShares, type TopicPaging } from '../lib/views/topic-pages.ts';
import { reportTopics, type ReportTopics } from '../lib/views/topic-view.ts';

/** A one-slot cache whose key is a list of objects compared by identity. */
function memo<T>(): (keys: readonly object[], compute: () => T) => T {
  let last: { keys: readonly object[]; value: T } | null = null;
  return (keys, compute) => {
    if (last && last.keys.length === keys.length && last.keys.every((k, i) => k === keys[i])) return last.value;
    last = { keys, value: compute() };
    return last.value;
  };
}

/** A report as the collection stores it: with each figure's indicator (mapped or assigned by an editor). */
type StoredReport = Report & { indicators: Record<string, string> };

const byId = <E extends { id: string }>(a: E, b: E) => a.id.localeCompare(b.id);
const comparisonMemo = memo<ReturnType<typeof computeComparison>>();
const topicMemo = memo<ReturnType<typeof computeTopics>>();

/** The collections' data in store order: sorting waits until the memo misses (every page asks). */
async function entries() {
  return {
    reports: (await getCollection('reports')).map((e) => e.data as StoredReport),
    indicators: (await getCollection('indicators')).map((e) => e.data),
    cities: (await getCollection('cities')).map((e) => e.data),
  };
}

function computeComparison(e: Awaited<ReturnType<typeof entries>>) {
  const reports = [...e.reports].sort(byId);
  const indicators = [...e.indicators].sort(byId);
  const { cities } = e;
  const populations = new Map<string, Population>();
  for (const city of cities) if (city.population) populations.set(city.divisionCode, city.population);
  return {
    /** Reports by id. */
    reports,
    indicators,
    rows: metricRows(reports, (figure, report) => report.indicators[figure.id] ?? null),
    places: placesOf(reports),
    /** Population by division code, from the city profiles that state one. */
    populations,
  };
}

export type ComparisonData = ReturnType<typeof computeComparison>;

export async function comparisonData(): Promise<ComparisonData> {
  const e = await entries();
  return comparisonMemo([...e.reports, ...e.indicators, ...e.cities], () => computeComparison(e));
}

function computeTopics(data: ComparisonData, topics: Awaited<ReturnType<typeof getCollection<'topics'>>>) {
  const defs = topics.map((e) => e.data);
  const order = new Map(data.places.map((p, i) => [p.code, i]));
  const rank = (r: Report) => order.get(r.place.divisionCode ?? '') ?? data.places.length;
  const reports = [...data.reports].sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id));
  // Each report gets only its own rows: handing every report the whole corpus's rows was quadratic.
  const rowsByReport = Map.groupBy(data.rows, (row) => row.reportId);
  const views = new Map<string, ReportTopics>(reports.map((r) => [r.id, reportTopics(r, defs, rowsByReport.get(r.id) ?? [])]));
  return {
    ...data,
    /** Reports in place order (unknown places last). */
    reports,
    topics,
    defs,
    /** Each report's topics by report id. */
    views,
    /** Each topic's pages by topic id. */
    pagings: new Map<string, TopicPaging>(defs.map((d) => [d.id, paginateTopic(d.id, reports, views)])),
    /** Topic shares by province, for the topic index. */
    provinces: provinceShares(reports, views),
  };
}

/** The topic definitions (content/topics) and every report's topics. */
export async function topicData(): Promise<ReturnType<typeof computeTopics>> {
  const data = await comparisonData();
  const topics = (await getCollection('topics')).sort(byId);
  // Keyed on the entries' data: getCollection returns new entry objects on every call, but their data keep
  // their identity until a loader stores them anew, so this computes once per version of the content.
  return topicMemo([data, ...topics.map((e) => e.data)], () => computeTopics(data, topics));
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
