/** /data/metrics.csv: every extracted figure, UTF-8 with BOM (Excel), RFC 4180, Chinese headers (mapping on /data/). */
import type { APIRoute } from 'astro';
import { downloadsData } from '../../data/downloads.ts';
import { csvOf, METRIC_COLUMNS } from '../../lib/views/index.ts';

export const GET: APIRoute = async ({ site }) => {
  const { metrics } = await downloadsData(site);
  return new Response(csvOf(METRIC_COLUMNS, metrics), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
