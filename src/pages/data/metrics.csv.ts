/** /data/metrics.csv: every extracted figure, UTF-8 with BOM (Excel), RFC 4180. */
import type { APIRoute } from 'astro';
import { corpusData } from '../../data/corpus.ts';
import { reportUrls } from '../../data/links.ts';
import { metricRecords, metricsCsv } from '../../lib/views/index.ts';

export const GET: APIRoute = async ({ site }) => {
  const { rows } = await corpusData();
  const csv = metricsCsv(metricRecords(rows, reportUrls(site)));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
