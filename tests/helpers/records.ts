/**
 * The search records of a built site, as tests and scripts read them: the build-only NDJSON file the
 * search integration moves next to the site (src/integrations/build-only.ts), one record a line.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildOnlyDir, RECORDS_NDJSON } from '../../src/integrations/build-only.ts';
import type { SearchRecord } from '../../src/lib/search/index.ts';

/** Where the records of the site built in `dist` are. */
export function recordsFile(dist: string): string {
  return path.join(buildOnlyDir(dist), RECORDS_NDJSON);
}

/** Every search record of the site built in `dist`, in record order. */
export function readRecords(dist: string): SearchRecord[] {
  return readFileSync(recordsFile(dist), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as SearchRecord);
}
