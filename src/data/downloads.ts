/**
 * What the data downloads and the /data/ page read: every figure and every report as download
 * records (src/lib/views/downloads.ts), each indicator's figures, and each indicator's chart of
 * latest values over all its places, drawn by the function its page draws with; once per corpus
 * version.
 */
import type { Element } from 'hast';
import { corpusData, type CorpusData } from './corpus.ts';
import { reportUrls } from './links.ts';
import { indicatorView, latestChart, metricRecords, type MetricRecord, reportRecord } from '../lib/views/index.ts';

function computeDownloads(data: CorpusData, site: URL | undefined) {
  const { reports, rows, indicators } = data;
  const urls = reportUrls(site);
  const byReport = new Map(reports.map((r) => [r.id, r]));
  const metrics = metricRecords(rows, (id) => byReport.get(id)!, urls);
  const metricsOf = Map.groupBy(metrics, (m) => m.indicator ?? '');
  return {
    metrics,
    reports: reports.map((r) => reportRecord(r, urls)),
    indicators,
    /** An indicator's figures, as in metrics.csv. */
    metricsOf: (id: string): MetricRecord[] => metricsOf.get(id) ?? [],
  };
}

export type DownloadsData = ReturnType<typeof computeDownloads>;

// corpusData() keeps its result's identity until the content changes, so it is the cache key; a
// build has one site.
const cache = new WeakMap<CorpusData, DownloadsData>();

/** The download records, with absolute links on `site`. */
export async function downloadsData(site: URL | undefined): Promise<DownloadsData> {
  const data = await corpusData();
  let out = cache.get(data);
  if (!out) cache.set(data, (out = computeDownloads(data, site)));
  return out;
}

const charts = new WeakMap<CorpusData, Map<string, Element>>();

/** Each indicator's chart of latest values over all its places, by id; indicators with nothing to draw have none. */
export async function indicatorCharts(): Promise<Map<string, Element>> {
  const data = await corpusData();
  let out = charts.get(data);
  if (!out) charts.set(data, (out = computeCharts(data)));
  return out;
}

function computeCharts({ rows, indicators, places, populations }: CorpusData): Map<string, Element> {
  const rowsOf = Map.groupBy(rows, (r) => r.indicator ?? '');
  const out = new Map<string, Element>();
  for (const def of indicators) {
    const chart = latestChart(indicatorView(rowsOf.get(def.id) ?? [], def, places, populations), 'chart');
    if (chart) out.set(def.id, chart);
  }
  return out;
}
