/**
 * The corpus as the cross-report pages read it (indicator pages, topic pages, downloads): the
 * reports, the editors' indicator definitions, every figure as a metric row, the places that can
 * be compared and their populations. Pages of one kind add their own shaping on top
 * (indicator-pages.ts, topic-pages.ts).
 *
 * Every page of a build asks for the same data, so it is computed once per version of the
 * content: collection entries keep their identity until a loader stores them anew (dev reloads).
 */
import { getCollection } from 'astro:content';
import { metricRows, placesOf, type Population } from '../lib/views/index.ts';
import type { StoredReport } from '../lib/model/index.ts';

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

/** The collections' data in store order: sorting waits until the memo misses (every page asks). */
async function entries() {
  return {
    reports: (await getCollection('reports')).map((e): StoredReport => e.data),
    indicators: (await getCollection('indicators')).map((e) => e.data),
    cities: (await getCollection('cities')).map((e) => e.data),
  };
}

function computeCorpus(e: Awaited<ReturnType<typeof entries>>) {
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

export type CorpusData = ReturnType<typeof computeCorpus>;

/** Reports, indicators, metric rows, places and populations. */
export async function corpusData(): Promise<CorpusData> {
  const e = await entries();
  return corpusMemo([...e.reports, ...e.indicators, ...e.cities], () => computeCorpus(e));
}
