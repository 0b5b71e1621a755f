/**
 * The search bundle of the built site: the records are indexed in shards (the test build makes
 * small ones, tests/setup/build-site.ts), the first in pagefind/ with Pagefind's script, the others
 * listed in pagefind/shards.json with only their index files; together they hold every record once,
 * and each shard's facet table holds its records' facet values under their result ids. The records
 * themselves are build-only: they left the site for the build-only folder.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { buildOnlyDir, RECORDS_NDJSON } from '../../src/integrations/build-only.ts';
import { FACET_TABLE_FILE } from '../../src/integrations/search-shard.ts';
import { FacetTable, FACETS, type FacetTableFile } from '../../src/lib/search/index.ts';
import { listFiles } from '../helpers/dist.ts';
import { readRecords } from '../helpers/records.ts';

const dist = inject('distDir');
const bundle = path.join(dist, 'pagefind');
const merged: string[] = JSON.parse(readFileSync(path.join(bundle, 'shards.json'), 'utf8'));
const records = readRecords(dist);
/** Records in a shard's index, under its one language. */
function pageCount(folder: string): number {
  const languages = Object.values(JSON.parse(readFileSync(path.join(bundle, folder, 'pagefind-entry.json'), 'utf8')).languages) as { page_count: number }[];
  expect(languages).toHaveLength(1);
  return languages[0].page_count;
}
const tableOf = (folder: string) => new FacetTable(JSON.parse(gunzipSync(readFileSync(path.join(bundle, folder, FACET_TABLE_FILE))).toString('utf8')) as FacetTableFile);

describe('search index shards', () => {
  it('are several in the test build, each a folder of the bundle', () => {
    expect(merged.length).toBeGreaterThan(1);
    for (const folder of merged) {
      expect(folder).toMatch(/^shard-\d+\/$/);
      expect(existsSync(path.join(bundle, folder, 'pagefind-entry.json')), folder).toBe(true);
    }
    expect(existsSync(path.join(bundle, 'pagefind.js'))).toBe(true);
  });

  it('hold only what a merged index needs, no second copy of Pagefind’s script, and no filter index', () => {
    for (const folder of merged) {
      const names = readdirSync(path.join(bundle, folder)).sort();
      expect(names.filter((n) => !/^(pagefind-entry\.json|pagefind\..+\.pf_meta|index|fragment|facets\.json\.gz)$/.test(n)), folder).toEqual([]);
    }
    // Filtering and counting use the facet tables, not Pagefind's filters.
    for (const folder of ['', ...merged]) expect(existsSync(path.join(bundle, folder, 'filter')), folder).toBe(false);
  });

  it('hold every record once between them', () => {
    const counts = ['', ...merged].map(pageCount);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(records.length);
    const fragments = ['', ...merged].reduce((n, f) => n + readdirSync(path.join(bundle, f, 'fragment')).length, 0);
    expect(fragments).toBe(records.length);
  });

  it('each have a facet table of their records, in record order, keyed by the ids of their fragments', () => {
    const tables = ['', ...merged].map((folder) => ({ folder, table: tableOf(folder) }));
    const ids = tables.flatMap(({ table }) => table.ids);
    expect(new Set(ids).size).toBe(records.length);
    let at = 0;
    for (const { folder, table } of tables) {
      expect(table.ids.length).toBe(pageCount(folder));
      // A result id is the name of the record's fragment, whose URL is the record's.
      const fragments = new Set(readdirSync(path.join(bundle, folder, 'fragment')).map((n) => n.replace(/\.pf_fragment$/, '')));
      table.ids.forEach((id, row) => {
        const record = records[at++];
        expect(fragments.has(id), `${folder}${id}`).toBe(true);
        const fragment = gunzipSync(readFileSync(path.join(bundle, folder, 'fragment', `${id}.pf_fragment`))).toString('utf8');
        expect(JSON.parse(fragment.slice('pagefind_dcd'.length)).url).toBe(record.url);
        for (const facet of FACETS) expect(table.valuesOf(row, facet), `${record.url} ${facet}`).toEqual(record.filters[facet] ?? []);
      });
    }
  });
});

describe('the published site', () => {
  it('holds no build-only file: the search records are in the build-only folder', () => {
    expect(existsSync(path.join(buildOnlyDir(dist), RECORDS_NDJSON))).toBe(true);
    const files = listFiles(dist);
    expect(files.filter((f) => /^search\/records\./.test(f) || f.endsWith('.ndjson'))).toEqual([]);
  });

  it('has no file over 1 MB but Pagefind’s wasm and script', () => {
    // Pagefind's wasm (~0.1 MB gzipped) and pagefind.js are its runtime; nothing else a reader loads is that large.
    const large = listFiles(dist).filter((f) => statSync(path.join(dist, f)).size > 1024 ** 2);
    expect(large.filter((f) => !/^pagefind\/(wasm\.[a-z]+\.pagefind|pagefind\.js)$/.test(f))).toEqual([]);
  });
});
