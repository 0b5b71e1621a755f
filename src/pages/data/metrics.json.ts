/** /data/metrics.json: every extracted figure, the same records as metrics.csv. */
import type { APIRoute } from 'astro';
import { absoluteReportUrl, comparisonData } from '../../data/comparison.ts';
import { metricRecords } from '../../lib/views/downloads.ts';

export const GET: APIRoute = async ({ site }) => {
  const { rows } = await comparisonData();
  const records = metricRecords(rows, (id, anchor) => absoluteReportUrl(site, id, anchor));
  return new Response(JSON.stringify(records, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
