/** /data/indicators/<id>.csv: the figures of one indicator, with the columns of metrics.csv. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { corpusData } from '../../../data/corpus.ts';
import { downloadsData } from '../../../data/downloads.ts';
import { csvOf, METRIC_COLUMNS } from '../../../lib/views/index.ts';

export const getStaticPaths = (async () => (await corpusData()).indicators.map((def) => ({ params: { indicator: def.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { metricsOf } = await downloadsData(site);
  return new Response(csvOf(METRIC_COLUMNS, metricsOf(params.indicator!)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
