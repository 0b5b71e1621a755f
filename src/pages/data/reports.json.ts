/** /data/reports.json: every report's metadata with its page URL. */
import type { APIRoute } from 'astro';
import { corpusData } from '../../data/corpus.ts';
import { reportUrls } from '../../data/links.ts';
import { reportRecord } from '../../lib/views/index.ts';

export const GET: APIRoute = async ({ site }) => {
  const { reports } = await corpusData();
  const records = reports.map((r) => reportRecord(r, reportUrls(site)));
  return new Response(JSON.stringify(records, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
