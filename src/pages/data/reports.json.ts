/** /data/reports.json: every report's metadata with its page URL. */
import type { APIRoute } from 'astro';
import { absoluteReportUrl, comparisonData } from '../../data/comparison.ts';
import { reportRecord } from '../../lib/views/downloads.ts';

export const GET: APIRoute = async ({ site }) => {
  const { reports } = await comparisonData();
  const records = reports.map((r) => reportRecord(r, (id, anchor) => absoluteReportUrl(site, id, anchor)));
  return new Response(JSON.stringify(records, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
