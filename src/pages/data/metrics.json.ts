/** /data/metrics.json: every extracted figure, the same records as metrics.csv under English keys (made in pieces). */
import type { APIRoute } from 'astro';
import { downloadsData } from '../../data/downloads.ts';
import { streamOf } from '../../data/streams.ts';
import { jsonPieces, METRIC_COLUMNS } from '../../lib/views/index.ts';

export const GET: APIRoute = async ({ site }) => {
  const { metrics } = await downloadsData(site);
  return new Response(streamOf(jsonPieces(METRIC_COLUMNS, metrics)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
