/**
 * The corpus as the cross-report pages read it (indicator pages, topic pages, downloads): the
 * reports' summaries (no text: src/lib/model/report-summary.ts), the editors' indicator
 * definitions, every figure as a metric row (read from the report bodies one at a time), the
 * places that can be compared and their populations. Pages of one kind add their own shaping on top
 * (indicator-pages.ts, topic-pages.ts).
 *
 * Every page of a build asks for the same data, so it is computed once per version of the
 * content: collection entries keep their identity until a loader stores them anew (dev reloads).
 * The memo holds the promise, so pages asking at once share one pass over the report bodies.
 */
import { getCollection } from 'astro:content';
import { type MetricRow, placesOf, type Population } from '../lib/views/index.ts';
import type { ReportSummary } from '../lib/model/index.ts';
import { reportBodies, reportRows } from './report-bodies.ts';

/** A one-slot cache whose key is a list of objects compared by identity. */
export function memo<T>(): (keys: readonly object[], compute: () => T) => T {
  let last: { keys: readonly object[]; value: T } | null = null;
  return (keys, compute) => {
    if (last && last.keys.length === keys.length && last.keys.every((k, i) => k === keys[i])) return last.value;
    last = { keys, value: compute() };
    return last.value;
  };
}

/** Order of entries by id. */
export const byId = <E extends { id: string }>(a: E, b: E) => a.id.localeCompare(b.id);
const corpusMemo = memo<ReturnType<typeof computeCorpus>>();

/** Every figure of the reports as a metric row: one pass over their bodies, each dropped once its rows are taken. */
async function rowsOf(reports: readonly ReportSummary[]): Promise<MetricRow[]> {
  const rows: MetricRow[] = [];
  for await (const { report } of reportBodies(reports)) rows.push(...reportRows(report));
  return rows;
}

/** The collections' data in store order: sorting waits until the memo misses (every page asks). */
async function entries() {
  return {
    reports: (await getCollection('reports')).map((e): ReportSummary => e.data),
    indicators: (await getCollection('indicators')).map((e) => e.data),
    cities: (await getCollection('cities')).map((e) => e.data),
  };
}

async function computeCorpus(e: Awaited<ReturnType<typeof entries>>) {
  const reports = [...e.reports].sort(byId);
  const indicators = [...e.indicators].sort(byId);
  const { cities } = e;
  const populations = new Map<string, Population>();
  for (const city of cities) if (city.population) populations.set(city.divisionCode, city.population);
  return {
    /** Reports (their summaries: no text) by id. */
    reports,
    indicators,
    /** Every figure as a metric row, reports by id, then document order. */
    rows: await rowsOf(reports),
    places: placesOf(reports),
    /** Population by division code, from the city profiles that state one. */
    populations,
  };
}

export type CorpusData = Awaited<ReturnType<typeof computeCorpus>>;

/** Reports, indicators, metric rows, places and populations. */
export async function corpusData(): Promise<CorpusData> {
  const e = await entries();
  return corpusMemo([...e.reports, ...e.indicators, ...e.cities], () => computeCorpus(e));
}
