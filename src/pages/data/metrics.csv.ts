/** /data/metrics.csv: every extracted figure, UTF-8 with BOM (Excel), RFC 4180. */
import type { APIRoute } from 'astro';
import { absoluteReportUrl, comparisonData } from '../../data/comparison.ts';
import { metricRecords, metricsCsv } from '../../lib/views/downloads.ts';

export const GET: APIRoute = async ({ site }) => {
  const { rows } = await comparisonData();
  const csv = metricsCsv(metricRecords(rows, (id, anchor) => absoluteReportUrl(site, id, anchor)));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
