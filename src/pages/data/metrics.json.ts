/** /data/metrics.json: every extracted figure, the same records as metrics.csv under English keys. */
import type { APIRoute } from 'astro';
import { downloadsData } from '../../data/downloads.ts';
import { jsonOf, METRIC_COLUMNS } from '../../lib/views/index.ts';

export const GET: APIRoute = async ({ site }) => {
  const { metrics } = await downloadsData(site);
  return new Response(JSON.stringify(jsonOf(METRIC_COLUMNS, metrics), null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
