/**
 * /search/records.json: the search records (src/data/search-records.ts), which
 * src/integrations/pagefind.ts indexes after the build; the search tests take their ground truth
 * from it.
 */
import { searchRecords } from '../../data/search-records.ts';

export async function GET(): Promise<Response> {
  return new Response(JSON.stringify(await searchRecords()), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
