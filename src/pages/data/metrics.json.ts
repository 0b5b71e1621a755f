/** /data/metrics.json: every extracted figure, the same records as metrics.csv. */
import type { APIRoute } from 'astro';
import { corpusData } from '../../data/corpus.ts';
import { reportUrls } from '../../data/links.ts';
import { metricRecords } from '../../lib/views/index.ts';

export const GET: APIRoute = async ({ site }) => {
  const { rows } = await corpusData();
  const records = metricRecords(rows, reportUrls(site));
  return new Response(JSON.stringify(records, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
