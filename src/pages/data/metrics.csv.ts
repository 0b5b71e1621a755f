/** /data/metrics.csv: every extracted figure, UTF-8 with BOM (Excel), RFC 4180, Chinese headers (mapping on /data/); made in pieces. */
import type { APIRoute } from 'astro';
import { downloadsData } from '../../data/downloads.ts';
import { streamOf } from '../../data/streams.ts';
import { csvPieces, METRIC_COLUMNS } from '../../lib/views/index.ts';

export const GET: APIRoute = async ({ site }) => {
  const { metrics } = await downloadsData(site);
  return new Response(streamOf(csvPieces(METRIC_COLUMNS, metrics)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
