/**
 * /search/records.ndjson: the search records (src/data/search-records.ts), one JSON object a line,
 * which src/integrations/pagefind.ts indexes after the build and moves out of dist/ (build only);
 * the search tests take their ground truth from it.
 *
 * The body is a stream made one report at a time (src/data/streams.ts): no step holds every
 * record as an object or the file as a string.
 */
import { searchRecords } from '../../data/search-records.ts';
import { streamOf } from '../../data/streams.ts';

async function* lines(): AsyncGenerator<string> {
  for await (const batch of searchRecords()) yield batch.map((record) => `${JSON.stringify(record)}\n`).join('');
}

export function GET(): Response {
  return new Response(streamOf(lines()), { headers: { 'content-type': 'application/x-ndjson; charset=utf-8' } });
}
