/** /data/reports.json: every report's metadata with its page URL and original web page. */
import type { APIRoute } from 'astro';
import { downloadsData } from '../../data/downloads.ts';
import { jsonOf, REPORT_COLUMNS } from '../../lib/views/index.ts';

export const GET: APIRoute = async ({ site }) => {
  const { reports } = await downloadsData(site);
  return new Response(JSON.stringify(jsonOf(REPORT_COLUMNS, reports), null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
