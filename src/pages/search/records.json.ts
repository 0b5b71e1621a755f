/**
 * The search records (src/lib/search-sections.ts): every report section, city page and topic
 * page with its text and facets. src/integrations/pagefind.ts indexes this file after the build;
 * the search tests take their ground truth from it.
 */
import { getCollection } from 'astro:content';
import { reportRecords } from '../../lib/search-sections.ts';

export async function GET(): Promise<Response> {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const reports = await getCollection('reports');
  const records = reports.flatMap((entry) => reportRecords(entry.data, { base, topicsOf: () => [] }));
  return new Response(JSON.stringify(records), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
